package qaf.closetheloop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.agencyfeedback.FeedbackFixtures;
import qaf.closetheloop.CloseTheLoopDocument.Field;
import qaf.closetheloop.CloseTheLoopDocument.Kind;
import qaf.closetheloop.CloseTheLoopDocument.Section;
import qaf.document.Audience;

/** Expected values are worked out by hand in {@link FeedbackFixtures}'s comment. */
class CloseTheLoopComposerTest {
    private final CloseTheLoopComposer composer = new CloseTheLoopComposer();

    private CloseTheLoopDocument form(String caseRef, String agency) {
        return composer.compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), caseRef, agency,
                FeedbackFixtures.children());
    }

    private static Field field(CloseTheLoopDocument form, String tag) {
        return form.sections().stream().flatMap(s -> s.fields().stream()).filter(f -> f.tag().equals(tag))
                .findFirst().orElseThrow(() -> new AssertionError("no field " + tag));
    }

    @Test
    void sectionsFollowAppendixC() {
        assertEquals(List.of("Lead person details", "Case details copied from audit", "Case worker to complete",
                "Overview/background", "Reflections", "Learning opportunity", "Actions"),
                form("C1", "POL").sections().stream().map(Section::heading).toList());
    }

    @Test
    void caseDetailsArePreFilledWithTheChildsName() {
        CloseTheLoopDocument f = form("C1", "POL");
        assertEquals("C1", field(f, "case-id").value());
        assertEquals("4 September 2017", field(f, "case-opened").value());
        assertEquals("Łucja Nguyễn-O'Brien", field(f, "child-name").value());
        assertEquals("1 March 2005", field(f, "child-dob").value());
        // Born 1 March 2005; on 6 June 2018 thirteen years old.
        assertEquals("13 years old at the panel day, 6 June 2018", field(f, "child-age").value());
        assertEquals("Female", field(f, "gender").value());
        assertEquals("not recorded", field(f, "religion").value());
        assertTrue(field(f, "religion").notRecorded());
        assertEquals("\u2610 Child in need\n\u2612 Child protection\n\u2610 Child in care\n\u2610 Care leaver\n"
                + "\u2610 Adoption", field(f, "case-type").value());
        assertEquals("Sam Okafor", field(f, "case-worker").value());
        assertEquals("Team North", field(f, "team").value());
    }

    @Test
    void auditOutcomeGradeAuditorsPanelDayAndDueDate() {
        CloseTheLoopDocument f = form("C1", "POL");
        assertEquals("Requires improvement (self-graded good; regraded by the panel)",
                field(f, "overall-grade").value());
        assertEquals("Missed the strategy meeting.", field(f, "rationale").value());
        assertEquals("Kestrel Vale Police (self-evaluation), challenged by the multi-agency panel, chaired by Pat"
                + " Quinn, Head of Quality Assurance", field(f, "auditors").value());
        assertEquals("6 June 2018 (the panel day)", field(f, "audit-date").value());
        assertEquals("20 June 2018 (10 working days after the panel day)", field(f, "due-date").value());
    }

    @Test
    void aReturnedFormFillsItsAnswers() {
        CloseTheLoopDocument f = form("C1", "POL");
        assertEquals("Jo Hart, Detective Inspector", field(f, "lead-person").value());
        assertEquals("19 June 2018", field(f, "date-completed").value());
        assertEquals("", field(f, "date-reviewed").value());
        assertEquals(new Field("Has the social worker been notified of findings?", "worker-notified", Kind.CHOICE,
                "Yes", false, List.of("Yes", "No")), field(f, "worker-notified"));
        assertEquals("Lead person; officer in case", field(f, "present").value());
        assertEquals("The strategy meeting invitation went to a shared inbox.", field(f, "reflections").value());
        assertEquals("1. Named inbox owner.\n2. Briefing to the team.", field(f, "actions").value());
        assertEquals("Due 20 June 2018, 10 working days after the panel day (6 June 2018). Returned 19 June 2018,"
                + " on time.", f.status());
    }

    @Test
    void anOutstandingFormIsBlankAndOverdue() {
        CloseTheLoopDocument f = form("C2", "POL");
        assertEquals("", field(f, "reflections").value());
        assertEquals("", field(f, "worker-notified").value());
        assertEquals("Due 20 June 2018, 10 working days after the panel day (6 June 2018). Not returned as at"
                + " 22 June 2018: overdue by 2 working days.", f.status());
        assertEquals("\u2610 Child in need\n\u2610 Child protection\n\u2610 Child in care\n\u2610 Care leaver\n"
                + "\u2610 Adoption\n\u2612 Other: Early help", field(f, "case-type").value());
        assertEquals("No rationale recorded", field(f, "rationale").value());
    }

    @Test
    void noLeadPersonNoCaseWorkerNoChildRecordSayNotRecorded() {
        // C2/POL: no return and the agency has no lead person.
        Field lead = field(form("C2", "POL"), "lead-person");
        assertEquals("", lead.value());
        assertTrue(lead.notRecorded());
        assertEquals("not recorded", field(form("C2", "POL"), "supervising-manager").value());
        // C3/CSC: no case worker, and the child's record is missing.
        CloseTheLoopDocument f = form("C3", "CSC");
        assertEquals("not recorded", field(f, "case-worker").value());
        assertEquals("not recorded", field(f, "child-name").value());
        assertEquals("Due 20 June 2018, 10 working days after the panel day (6 June 2018). Returned 25 June 2018,"
                + " late by 3 working days.", f.status());
        assertEquals("No", field(f, "worker-notified").value());
        // The return has a lead person, which takes precedence over the agency's.
        assertEquals("Dana Reeve, QA Manager", field(f, "lead-person").value());
    }

    @Test
    void caseAudienceNamedEvaluationCaseAgency() {
        CloseTheLoopDocument f = form("C1", "POL");
        assertEquals(Audience.CASE, f.meta().audience());
        assertEquals("OFFICIAL-SENSITIVE", f.meta().marking());
        assertEquals("MACE-T1_C1_POL", f.name());
        assertEquals(List.of("MACE-T1", "C1", "POL", "CH1"), f.meta().refs());
    }

    @Test
    void onlyWhereAFormIsDue() {
        // CSC's final grade on C1 is good: no form.
        assertThrows(IllegalArgumentException.class, () -> form("C1", "CSC"));
    }
}
