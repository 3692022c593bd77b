package qaf.qaprogramme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;

/** The hand-made programme of {@link ProgrammeFixtures}: order, origins and gaps as worked out there. */
class QaProgrammeComposerTest {
    private final BlockDocument doc = ProgrammeFixtures.document();

    private DataTable table(String name) {
        return doc.dataTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    @Test
    void isPublicAndNamedForItsYear() {
        assertEquals(Audience.PUBLIC, doc.meta().audience());
        assertEquals("qa-programme-2018-19", doc.name());
        assertEquals(List.of("2018-19", "E-MAY", "E-OCT", "E-NOV", "2018"), doc.meta().refs());
    }

    @Test
    void theYearAtAGlanceHoldsEveryProcessByTheDayItStarts() {
        List<List<String>> rows = table("calendar").rows();
        assertEquals(List.of("03/04/2018", "07/05/2018", "01/07/2018", "01/10/2018", "05/11/2018", "01/02/2019"),
                rows.stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("Section 11 audit", "Full multi-agency case evaluation", "Single agency audits",
                "Condensed multi-agency case evaluation", "Full multi-agency case evaluation", "Annual review"),
                rows.stream().map(r -> r.get(2)).toList());
        // An evaluation runs to its last dated step: briefings for a full one, the overview for a condensed one.
        assertEquals(List.of("30/09/2018", "25/06/2018", "31/10/2018", "12/10/2018", "17/12/2018", "28/02/2019"),
                rows.stream().map(r -> r.get(1)).toList());
        assertEquals("Cycle 2018-19", rows.get(2).get(3), "blank notes add nothing");
        assertTrue(rows.get(5).get(3).endsWith("by the Quality and Performance Group"), "the partnership's own word");
    }

    @Test
    void aProcessTheProgrammeLacksIsNamedNotLeftOut() {
        assertTrue(doc.body().stream().anyMatch(b -> b instanceof Block.Paragraph p && p.text()
                .startsWith("The programme gives no dates in 2018-19 for: Schools and education audit.")));
    }

    /** Every date of every evaluation, long form, saying where it came from. */
    @Test
    void everyDateSaysWhereItComesFrom() {
        List<List<String>> rows = table("evaluation-dates").rows();
        assertEquals(3 * 8, rows.size());
        assertEquals(List.of("E-NOV", "full", "Child sexual abuse within a familial context", "independent-overview",
                "2018-12-03", "2018-12-14", "timetable"), rows.stream()
                .filter(r -> r.get(0).equals("E-NOV") && r.get(3).equals("independent-overview")).findFirst()
                .orElseThrow());
        assertTrue(rows.stream().filter(r -> r.get(0).equals("E-MAY") && !r.get(3).equals("panel"))
                .allMatch(r -> r.get(6).equals("issued")), "every date of E-MAY but its panel day was issued");
        assertEquals(List.of("E-OCT", "condensed", "Children missing education", "briefings", "", "", "no date"),
                rows.stream().filter(r -> r.get(0).equals("E-OCT") && r.get(3).equals("briefings")).findFirst()
                        .orElseThrow());
        Block.Table shown = doc.body().stream().filter(b -> b instanceof Block.Table t
                && t.name().equals("evaluation-dates")).map(b -> (Block.Table) b).findFirst().orElseThrow();
        assertEquals(List.of("E-MAY", "E-OCT", "E-NOV"), shown.rows().stream()
                .map(r -> r.get(0).text().lines().findFirst().orElseThrow()).toList(), "by start");
        assertEquals("23/05/2018\n(issued)\nHealth: 24/05/2018\n(issued)", shown.rows().get(0).get(3).text());
        assertEquals("08/10/2018\n(timetable)", shown.rows().get(1).get(3).text(),
                "a condensed evaluation's health partners are due the same day: no second date");
        assertEquals("\u2013 not in the condensed timetable", shown.rows().get(1).get(7).text());
    }
}
