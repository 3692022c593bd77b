package qaf.annualaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qaf.annualaudit.AnnualAuditFixtures.actions;
import static qaf.annualaudit.AnnualAuditFixtures.earlier;
import static qaf.annualaudit.AnnualAuditFixtures.gangs;
import static qaf.annualaudit.AnnualAuditFixtures.input;
import static qaf.annualaudit.AnnualAuditFixtures.neglect;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.Grade;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.document.DataTable;

/**
 * Figures worked by hand from {@link AnnualAuditFixtures}. The year's six gradings (self → final):
 * E-1 C1 Police outstanding → good, C1 Social Care good → RI, C2 Police RI → good, C2 Social Care
 * good (unchanged); E-2 C3 Police good → inadequate, C3 Social Care inadequate (unchanged).
 * Self good or better 4 of 6, final 3 of 6; 1 up, 3 down (4 steps), 2 unchanged.
 */
class AnnualAuditComposerTest {

    private static String text(BlockDocument d) {
        List<String> parts = new ArrayList<>();
        for (Block b : d.body()) {
            if (b instanceof Block.Heading h) {
                parts.add(h.text());
            } else if (b instanceof Block.Paragraph p) {
                parts.add(p.text());
            } else if (b instanceof Block.Bullets l) {
                parts.addAll(l.texts());
            } else if (b instanceof Block.Table t) {
                t.data().rows().forEach(r -> parts.add(String.join(" | ", r)));
            }
        }
        return String.join("\n", parts);
    }

    private static DataTable table(BlockDocument d, String name) {
        return d.dataTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static List<String> priorities(BlockDocument d) {
        int i = d.body().indexOf(new Block.Heading(1, "Priorities arising"));
        for (Block b : d.body().subList(i, d.body().size())) {
            if (b instanceof Block.Bullets l) {
                return l.texts();
            }
        }
        return List.of();
    }

    @Test
    void summaryOpensTheReportOnItsOwnPage() {
        BlockDocument d = AnnualAuditFixtures.document();
        assertEquals(new Block.Heading(1, "Summary of the year"), d.body().get(0));
        Block.Bullets summary = assertInstanceOf(Block.Bullets.class, d.body().get(2));
        assertInstanceOf(Block.PageBreak.class, d.body().get(3));
        assertEquals(List.of(
                "Case evaluations held: 2 (0 full, 2 condensed), on 2 themes, 3 cases and 2 distinct agencies graded.",
                "Final grades good or better: 50% (3 of 6); agencies' self-grades good or better: 67% (4 of 6).",
                "Regraded by the panel: 67% (4 of 6) (1 up, 3 down, 2 unchanged).",
                "Change on the previous year (final grades good or better): 1 of 2 to 50% (3 of 6).",
                "Chronologies on time: 83% (5 of 6); self-evaluations on time: 83% (5 of 6).",
                "Close-the-loop forms returned on time: 1 of 3; not returned and overdue: 2.",
                "Section 11: no cycle falls in the year.",
                "Schools' audit: no cycle falls in the year.",
                "Single agency audits: none recorded for the year.",
                "Actions as at 31 March 2019: 2 (1 red, 0 amber, 1 green, 0 cancelled); complete 1 of 2,"
                        + " of which with evidence of impact 1 of 1.",
                "Priorities arising from the data: 5 (listed at the end)."), summary.texts());
    }

    @Test
    void gradesByAgencyAndThemeForTheYearOnly() {
        BlockDocument d = AnnualAuditFixtures.document();
        // Police: outstanding→good, RI→good, good→inadequate. Social Care: good→RI, good, inadequate.
        assertEquals(List.of(
                List.of("Social Care", "3", "2 of 3", "1 of 3", "0", "1"),
                List.of("Police", "3", "2 of 3", "2 of 3", "1", "2")),
                table(d, "grades-by-agency").rows());
        // "Neglect " and "Neglect" are one theme; E-OLD (2017-18) is not in the year's figures.
        assertEquals(List.of(
                List.of("Gangs", "2", "1 of 2", "0 of 2", "0", "1"),
                List.of("Neglect", "4", "3 of 4", "3 of 4", "1", "2")),
                table(d, "grades-by-theme").rows());
        assertEquals(List.of(List.of("Outstanding", "1", "0"), List.of("Good", "3", "3"),
                List.of("Requires improvement", "1", "1"), List.of("Inadequate", "1", "2")),
                table(d, "grade-distribution").rows());
    }

    @Test
    void complianceCountsMissingSubmissionsAndOverdueForms() {
        BlockDocument d = AnnualAuditFixtures.document();
        assertEquals(List.of(
                List.of("Social Care", "2 of 3", "0 late, 1 missing", "2 of 3", "0 late, 1 missing"),
                List.of("Police", "3 of 3", "0 late, 0 missing", "3 of 3", "0 late, 0 missing")),
                table(d, "submissions-by-agency").rows());
        // Expected forms: C1 Social Care (RI), C3 Police and C3 Social Care (inadequate); the police returned
        // theirs the day after the panel. Overdue at 31 March: E-1 C1 from 25 October 2018 (due 10 working days
        // after 11 October), E-2 C3 from 31 January 2019 (due 31 January, after 17 January).
        DataTable overdue = table(d, "close-the-loop-overdue");
        assertEquals(2, overdue.rows().size());
        assertEquals(List.of("Social Care", "E-1", "C1"), overdue.rows().get(0).subList(0, 3));
        assertEquals(List.of("Social Care", "E-2", "C3"), overdue.rows().get(1).subList(0, 3));
    }

    @Test
    void changeAndImpactComeFromTheEarlierYear() {
        BlockDocument d = AnnualAuditFixtures.document();
        assertEquals(List.of(List.of("2017-18", "2", "2 of 2", "1 of 2"),
                List.of("2018-19", "6", "67% (4 of 6)", "50% (3 of 6)")), table(d, "grades-by-year").rows());
        assertEquals(List.of(List.of("Neglect", "2017-18: 1 of 2", "2018-19: 3 of 4")),
                table(d, "re-evaluated-themes").rows());
        assertTrue(text(d).contains("Actions completed with evidence of impact recorded: 1 of 1"));
    }

    @Test
    void prioritiesStateTheFigureTheyComeFrom() {
        assertEquals(List.of(
                "Theme \u201cGangs\u201d: weakest final grades of the year, 0 of 2 good or better.",
                "Police: self-graded above the final grade in 2 of 3 gradings, the most of any agency.",
                "Close-the-loop forms not returned and overdue: 2, from 1 agency (Social Care).",
                "Evaluation submissions never received: 1 chronology and 1 self-evaluation.",
                "Actions overdue (red) at the year end: 1, the oldest by 59 days."),
                priorities(AnnualAuditFixtures.document()));
    }

    @Test
    void aGradeOnACaseOutsideTheSampleIsLeftOutEverywhere() {
        EvaluationData g = gangs();
        List<AgencyGrade> grades = new ArrayList<>(g.grades());
        grades.add(AnnualAuditFixtures.grade("E-2", "C9", "POL", Grade.GOOD, null, null, null));
        EvaluationData stray = new EvaluationData(g.evaluation(), g.cases(), grades, g.returns(), g.actions());
        BlockDocument d = AnnualAuditComposer.compose(input(List.of(earlier(), neglect(), stray), actions()));
        BlockDocument clean = AnnualAuditFixtures.document();
        for (String name : List.of("grades-by-agency", "grades-by-theme", "grades-by-year", "re-evaluated-themes")) {
            assertEquals(table(clean, name), table(d, name), name);
        }
    }

    @Test
    void noPreviousYearIsSaidPlainly() {
        BlockDocument d = AnnualAuditComposer.compose(input(List.of(neglect(), gangs()), actions()));
        String text = text(d);
        assertTrue(text.contains("Change on the previous year (final grades good or better): no previous year's"
                + " data."), text);
        assertTrue(text.contains("none of the year's themes was evaluated in an earlier year"), text);
        assertFalse(d.dataTables().stream().anyMatch(t -> t.name().equals("re-evaluated-themes")));
    }

    @Test
    void anEmptyYearRendersSentencesNotZeros() {
        BlockDocument d = AnnualAuditComposer.compose(input(List.of(earlier()), List.of()));
        String text = text(d);
        assertTrue(text.contains("No case evaluation had its panel day in 2018-19."), text);
        assertTrue(text.contains("Final grades good or better: none graded"), text);
        assertTrue(text.contains("(final grades good or better): no grades this year."), text);
        assertTrue(text.contains("The year's data raise no priority"), text);
        assertTrue(priorities(d).isEmpty());
    }

    @Test
    void noChildIsNamedOrDated() {
        String text = text(AnnualAuditFixtures.document());
        assertFalse(text.contains("Child C"), text);
        assertFalse(text.contains("2010"), text);
    }
}
