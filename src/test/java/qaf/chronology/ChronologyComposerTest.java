package qaf.chronology;

import qaf.analysis.chronology.ChronologySource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.calendar.StrictDates;
import qaf.document.Audience;

class ChronologyComposerTest {
    private static final List<ChronologySource.Agency> AGENCIES = List.of(
            new ChronologySource.Agency("POL", "Kestrel Vale Police"),
            new ChronologySource.Agency("CSC", "Children's Social Care"),
            new ChronologySource.Agency("PROB", "Probation Service"));

    private static ChronologySource.Row row(String agency, String ref, String date, String time, boolean approx,
            String voice, String action, boolean key) {
        return new ChronologySource.Row(agency, ref, StrictDates.parsePartial(date),
                time == null ? null : LocalTime.parse(time), approx, "event " + ref, "source " + ref, voice, action,
                "", key);
    }

    private static ChronologySource source(List<ChronologySource.Row> rows) {
        return new ChronologySource("Kestrel Vale Safeguarding Children Partnership", "MACE-2018-01",
                "evaluation MACE-2018-01", "C-0101", "case C-0101", "CH-001", "Zoë Nowak", LocalDate.of(2009, 3, 14),
                AGENCIES, rows);
    }

    @Test
    void mergesInDateThenTimeThenAgencyThenEntryRefOrder() {
        ChronologyDocument doc = new ChronologyComposer().compose(source(List.of(
                row("POL", "P2", "2018-05-14", "09:30", false, "", "", false),
                row("CSC", "C1", "14/05/2018", null, false, "", "", false),
                row("POL", "P1", "2018-05-14", "09:30", false, "", "", false),
                row("CSC", "C2", "2018-05-14", "08:00", false, "", "", false),
                row("CSC", "C0", "2018-05", null, false, "", "", false),
                row("POL", "P0", "2017", null, true, "", "", false))));
        // Year-only sorts at 1 Jan, month-only at the 1st; on the 14th the untimed entry comes first.
        assertEquals(List.of("c. 2017", "May 2018", "14/05/2018", "14/05/2018 08:00", "14/05/2018 09:30",
                        "14/05/2018 09:30"),
                doc.entries().stream().map(ChronologyDocument.Entry::dateLabel).toList());
        assertEquals(List.of("event P0", "event C0", "event C1", "event C2", "event P1", "event P2"),
                doc.entries().stream().map(ChronologyDocument.Entry::event).toList());
        assertEquals(List.of(2017, 2018, 2018, 2018, 2018, 2018),
                doc.entries().stream().map(ChronologyDocument.Entry::year).toList());
        assertEquals(LocalDate.of(2017, 1, 1), doc.firstDate());
        assertEquals(LocalDate.of(2018, 5, 14), doc.lastDate());
    }

    @Test
    void flagsAndCountsTheChildsVoiceWithNoRecordedActionAndKeyEvents() {
        ChronologyDocument doc = new ChronologyComposer().compose(source(List.of(
                row("POL", "P1", "2018-01-02", null, false, "Said she is scared at home", "", true),
                row("CSC", "C1", "2018-01-03", null, false, "Wants to see his nan", "Contact arranged", false),
                row("CSC", "C2", "2018-01-04", null, false, "", "", true))));
        assertEquals(List.of(true, false, false),
                doc.entries().stream().map(ChronologyDocument.Entry::voiceWithoutAction).toList());
        assertEquals(1, doc.voiceWithoutAction());
        assertEquals(2, doc.keyEvents());
    }

    @Test
    void listsEveryInvolvedAgencyWithItsCountAndNotesTheSilentOnes() {
        ChronologyDocument doc = new ChronologyComposer().compose(source(List.of(
                row("POL", "P1", "2018-01-02", null, false, "", "", false),
                row("POL", "P2", "2018-01-05", null, false, "", "", false),
                row("CSC", "C1", "2018-01-03", null, false, "", "", false))));
        assertEquals(List.of(
                        new ChronologyDocument.AgencyCount("POL", "Kestrel Vale Police", 2),
                        new ChronologyDocument.AgencyCount("CSC", "Children's Social Care", 1),
                        new ChronologyDocument.AgencyCount("PROB", "Probation Service", 0)),
                doc.agencies());
        assertEquals(List.of("Probation Service is involved but submitted no chronology entries."), doc.notes());
    }

    @Test
    void aCaseWithNoChronologySaysSoAndHasNoDateRange() {
        ChronologyDocument doc = new ChronologyComposer().compose(source(List.of()));
        assertTrue(doc.entries().isEmpty());
        assertNull(doc.firstDate());
        assertEquals("No chronology entries have been received for this case.", doc.notes().get(0));
        assertEquals(4, doc.notes().size());
        assertEquals("Timeline: no chronology entries to show.", doc.timeline().altText());
    }

    @Test
    void isACaseDocumentNamedFromRefsNeverFromTheChild() {
        ChronologyDocument doc = new ChronologyComposer().compose(source(List.of()));
        assertEquals(Audience.CASE, doc.meta().audience());
        assertEquals("MACE-2018-01_C-0101", doc.name());
        assertFalse(doc.name().contains("Zo"));
        assertEquals(List.of("MACE-2018-01", "C-0101", "CH-001", "POL", "CSC", "PROB"), doc.meta().refs());
    }

    @Test
    void timelineAltTextStatesTheDataPerAgency() {
        ChronologyDocument doc = new ChronologyComposer().compose(source(List.of(
                row("POL", "P1", "2018-01-02", null, false, "", "", true),
                row("POL", "P2", "2018-03-05", null, false, "", "", false),
                row("CSC", "C1", "2018-02-03", null, false, "", "", false))));
        assertEquals("Timeline of 3 entries from Jan 2018 to Mar 2018, by agency: "
                        + "Kestrel Vale Police 2 entries (1 key), Jan 2018 to Mar 2018; "
                        + "Children's Social Care 1 entry, Feb 2018 to Feb 2018; Probation Service no entries.",
                doc.timeline().altText());
    }
}
