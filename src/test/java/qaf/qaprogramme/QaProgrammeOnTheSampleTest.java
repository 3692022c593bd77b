package qaf.qaprogramme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.ReportingYear;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.ingest.Ingest;
import qaf.panelnotes.PanelNotesKind;
import qaf.prepanelpack.PrePanelPackKind;
import qaf.store.Database;
import qaf.testing.Kinds;

/** The three panel-year kinds composed from the committed sample: nothing stored is silently left out. */
class QaProgrammeOnTheSampleTest {
    private static final ReportingYear YEAR = new ReportingYear(2018, 4);
    private static final List<String> EVALUATIONS = List.of("MACE-1819-F1", "MACE-1819-F2", "MACE-1819-C1",
            "MACE-1819-F3", "MACE-1819-C2");

    @TempDir
    Path dir;

    private static DataTable table(BlockDocument d, String name) {
        return d.dataTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    @Test
    void theProgrammeHoldsEveryEvaluationAndCycleOfTheYearAndEachPanelHasItsPackAndNotes() {
        try (Database db = Database.open(dir.resolve("sample.db"))) {
            Ingest.ingest(Path.of("sample-data"), db);
            QaProgrammeKind kind = new QaProgrammeKind();
            assertEquals(List.of("2018-19"), Kinds.labels(kind, db, YEAR));
            BlockDocument doc = Kinds.compose(kind, db, YEAR, "2018-19");
            List<List<String>> calendar = table(doc, "calendar").rows();
            // programme.csv's four processes and the five evaluations, by the day each starts.
            assertEquals(List.of("Schools and education audit", "Section 11 audit", "Full multi-agency case evaluation",
                    "Single agency audits", "Full multi-agency case evaluation", "Condensed multi-agency case evaluation",
                    "Full multi-agency case evaluation", "Annual review", "Condensed multi-agency case evaluation"),
                    calendar.stream().map(r -> r.get(2)).toList());
            List<List<String>> dates = table(doc, "evaluation-dates").rows();
            assertEquals(EVALUATIONS.size() * 8, dates.size());
            // F1 and F3 carry the dates the partnership issued (appendix B's own rows); F2 gave none.
            assertEquals(List.of("2018-05-21", "issued"), chronologies(dates, "MACE-1819-F1"));
            assertEquals(List.of("2018-11-19", "issued"), chronologies(dates, "MACE-1819-F3"));
            assertEquals(List.of("2018-08-20", "timetable"), chronologies(dates, "MACE-1819-F2"));

            assertEquals(EVALUATIONS, Kinds.labels(new PrePanelPackKind(), db, YEAR));
            assertEquals(EVALUATIONS, Kinds.labels(new PanelNotesKind(), db, YEAR));
            for (String ref : EVALUATIONS) {
                var gradings = qaf.store.EvaluationQueries.evaluation(db, ref).orElseThrow().grades().size();
                BlockDocument pack = Kinds.compose(new PrePanelPackKind(), db, YEAR, ref);
                assertEquals(gradings, table(pack, "chronologies").rows().size(), ref);
                assertEquals(gradings, table(pack, "own-grades").rows().size(), ref);
                BlockDocument notes = Kinds.compose(new PanelNotesKind(), db, YEAR, ref);
                assertEquals(gradings, table(notes, "grades").rows().size(), ref);
                assertTrue(table(pack, "own-grades").rows().stream().noneMatch(r -> r.get(1).isBlank()),
                        "every case shown by its pseudonym");
            }
        }
    }

    private static List<String> chronologies(List<List<String>> dates, String ref) {
        return dates.stream().filter(r -> r.get(0).equals(ref) && r.get(3).equals("chronologies"))
                .map(r -> List.of(r.get(4), r.get(6))).findFirst().orElseThrow();
    }
}
