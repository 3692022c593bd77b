package qaf.annualaudit;

import qaf.testing.Kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.document.BlockDocument;
import qaf.calendar.ReportingYear;
import qaf.ingest.Ingest;
import qaf.document.DataTable;
import qaf.s11overview.S11OverviewKind;
import qaf.schoolsoverview.SchoolsOverviewKind;
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.EvaluationQueries;

/** The kind on the committed sample: its year's inputs are exactly what the other kinds file under the year. */
class AnnualAuditKindTest {
    private static final ReportingYear YEAR = new ReportingYear(2018, 4);

    @TempDir
    Path dir;

    private static int sum(DataTable t, int column) {
        return t.rows().stream().mapToInt(r -> Integer.parseInt(r.get(column))).sum();
    }

    @Test
    void theSampleYearTakesEveryEvaluationCycleAndAction() {
        try (Database db = Database.open(dir.resolve("sample.db"))) {
            Ingest.ingest(Path.of("sample-data"), db);
            AnnualAuditKind kind = new AnnualAuditKind();
            assertEquals(List.of("2018-19"), Kinds.labels(kind, db, YEAR));

            AnnualAuditInput in = AnnualAuditKind.input(db, Kinds.context(db, YEAR));
            assertEquals(EvaluationQueries.year(db, YEAR).stream().map(d -> d.evaluation().ref()).toList(),
                    in.yearEvaluations().stream().map(d -> d.evaluation().ref()).toList());
            assertEquals(Kinds.labels(new S11OverviewKind(), db, YEAR), in.section11().stream().map(o -> o.cycle()).toList());
            assertEquals(Kinds.labels(new SchoolsOverviewKind(), db, YEAR), in.schools().stream().map(o -> o.cycle()).toList());
            assertTrue(in.singleAgency().isPresent());

            BlockDocument d = Kinds.compose(kind, db, YEAR, "2018-19");
            DataTable byAgency = d.dataTables().stream().filter(t -> t.name().equals("grades-by-agency")).findFirst()
                    .orElseThrow();
            DataTable byTheme = d.dataTables().stream().filter(t -> t.name().equals("grades-by-theme")).findFirst()
                    .orElseThrow();
            int graded = in.findings().stream().mapToInt(f -> f.overall().graded()).sum();
            assertEquals(graded, sum(byAgency, 1));
            assertEquals(graded, sum(byTheme, 1));
            DataTable actions = d.dataTables().stream().filter(t -> t.name().equals("actions-by-source")).findFirst()
                    .orElseThrow();
            assertEquals(AuditQueries.actions(db).size(),
                    sum(actions, 1) + sum(actions, 2) + sum(actions, 3) + sum(actions, 4));
        }
    }

    /**
     * Issue 14: the sample's schools' audit had no due date and no on-time rate, though appendix B (and the
     * sample's programme.csv) sets 29 June 2018; 5 of the 20 returns came in July.
     */
    @Test
    void theSampleSchoolsAuditWasNotMeasuredAgainstTheProgrammesDueDate() {
        try (Database db = Database.open(dir.resolve("sample.db"))) {
            Ingest.ingest(Path.of("sample-data"), db);
            AnnualAuditInput in = AnnualAuditKind.input(db, Kinds.context(db, YEAR));
            assertEquals(java.util.Optional.of(java.time.LocalDate.of(2018, 6, 29)), in.schools().get(0).due());
            assertEquals(java.util.Optional.of(new qaf.analysis.audit.Ratio(15, 22)), in.schools().get(0).onTimeRate());
            String text = Kinds.compose(new AnnualAuditKind(), db, YEAR, "2018-19").body().stream()
                    .map(b -> b instanceof qaf.document.Block.Paragraph p ? p.text()
                            : b instanceof qaf.document.Block.Bullets l ? String.join("\n", l.texts()) : "")
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertTrue(text.contains("Cycle 2018: schools returned 20 of 22 (91%), on time (by 29 June 2018, the QA"
                    + " programme's date) 15 of 22 (68%);"), text);
            assertTrue(text.contains("Schools' audit 2018: returns 20 of 22 (91%), on time (by 29 June 2018, the QA"
                    + " programme's date) 15 of 22 (68%);"), text);
            String overview = Kinds.compose(new SchoolsOverviewKind(), db, YEAR, "2018").body().stream()
                    .map(b -> b instanceof qaf.document.Block.Paragraph p ? p.text() : "")
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertTrue(overview.contains("Returns were due by 29 June 2018, the date the QA programme sets for cycle"
                    + " 2018 (programme.csv). Returned on time: 15 of 22 (68%); late: 5."), overview);
        }
    }

    /**
     * Issue 14: "32 agencies graded" stood over an Agencies column adding up to more, and counts of agencies
     * (moderated down, invited to the moderation panel, with no audit recorded) named none of them.
     */
    @Test
    void theSampleGaveDistinctAgencyCountsAsIfTheySummedAndCountedAgenciesWithoutNamingThem() {
        try (Database db = Database.open(dir.resolve("sample.db"))) {
            Ingest.ingest(Path.of("sample-data"), db);
            AnnualAuditInput in = AnnualAuditKind.input(db, Kinds.context(db, YEAR));
            String text = Kinds.compose(new AnnualAuditKind(), db, YEAR, "2018-19").body().stream()
                    .map(b -> b instanceof qaf.document.Block.Paragraph p ? p.text()
                            : b instanceof qaf.document.Block.Bullets l ? String.join("\n", l.texts()) : "")
                    .collect(java.util.stream.Collectors.joining("\n"));
            int column = in.findings().stream().mapToInt(f -> f.byAgency().size()).sum();
            java.util.Set<String> distinct = new java.util.TreeSet<>();
            in.findings().forEach(f -> f.byAgency().forEach(g -> distinct.add(g.key())));
            assertTrue(column > distinct.size(), column + " over " + distinct.size());
            assertTrue(text.contains("Agencies counts each agency in every evaluation it was graded in, so the column"
                    + " adds up to " + column + "; across the year " + distinct.size() + " distinct agencies were"
                    + " graded"), text);
            var s11 = in.section11().get(0);
            assertTrue(text.contains("invited to the moderation panel (" + String.join("; ", s11.moderationPanel()
                    .stream().map(a -> a.name()).toList()) + ")."), text);
            var single = in.singleAgency().orElseThrow();
            assertTrue(text.contains("with no audit recorded (" + String.join("; ", single.notAsked().stream()
                    .map(a -> a.name()).toList()) + ")."), text);
        }
    }
}
