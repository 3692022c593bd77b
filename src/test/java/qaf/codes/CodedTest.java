package qaf.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.HowActioned;
import qaf.analysis.audit.Rag;
import qaf.analysis.evaluation.CaseType;
import qaf.analysis.evaluation.ChildVoice;
import qaf.analysis.evaluation.Grade;
import qaf.analysis.review.Decision;
import qaf.analysis.review.ReviewType;
import qaf.calendar.Nation;
import qaf.calendar.Timetable;

class CodedTest {
    private static final List<Class<? extends Coded>> DATASET_CODES = List.of(Grade.class, Rag.class,
            ActionSource.class, ActionStatus.class, HowActioned.class, CaseType.class, ChildVoice.class,
            Decision.class, ReviewType.class, Nation.class, Timetable.Kind.class);

    @Test
    void everyCodedTypeReadsBackEachOfItsWordsWrittenAnyCase() {
        for (Class<? extends Coded> type : DATASET_CODES) {
            HashSet<String> seen = new HashSet<>();
            for (Coded c : type.getEnumConstants()) {
                assertEquals(c, parse(type, "  " + c.id().toUpperCase(java.util.Locale.ROOT) + " "), type + " " + c);
                assertFalse(c.label().isBlank(), type + " " + c + " has no label");
                assertEquals(true, seen.add(c.id()), type + " spells " + c.id() + " twice");
            }
        }
    }

    @Test
    void anUnknownWordIsRefusedWithTheWordsAllowedAndNeverTheTextTyped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grade.fromId("Zoë Nowak"));
        assertEquals("unknown grade; use one of outstanding, good, requires-improvement, inadequate", e.getMessage());
    }

    @Test
    void ragLabelsAreWordsToPrintBesideTheColour() {
        assertEquals(List.of("Red", "Amber", "Green"),
                java.util.Arrays.stream(Rag.values()).map(Rag::label).toList());
        assertEquals(List.of("red", "amber", "green"), Coded.ids(Rag.class));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Coded parse(Class<? extends Coded> type, String text) {
        return (Coded) Coded.parse((Class) type, text, "value");
    }
}
