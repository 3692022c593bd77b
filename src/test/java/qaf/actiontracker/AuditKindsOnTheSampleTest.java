package qaf.actiontracker;

import qaf.testing.Kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.Agency;
import qaf.calendar.ReportingYear;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.ingest.Ingest;
import qaf.singleagencyoverview.SingleAgencyOverviewKind;
import qaf.store.AuditQueries;
import qaf.store.Database;

/** Both audit kinds composed from the committed sample: nothing in the store is silently left out. */
class AuditKindsOnTheSampleTest {
    private static final ReportingYear YEAR = new ReportingYear(2018, 4);

    @TempDir
    Path dir;

    private static DataTable table(BlockDocument d, String name) {
        return d.dataTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    @Test
    void everyActionAndEveryAgencyAppears() {
        try (Database db = Database.open(dir.resolve("sample.db"))) {
            Ingest.ingest(Path.of("sample-data"), db);

            ActionTrackerKind tracker = new ActionTrackerKind();
            assertEquals(List.of("2018-19"), Kinds.labels(tracker, db, YEAR));
            BlockDocument t = Kinds.compose(tracker, db, YEAR, "2018-19");
            List<ActionRecord> actions = AuditQueries.actions(db);
            List<List<String>> rows = table(t, "actions").rows();
            assertEquals(actions.stream().map(ActionRecord::actionRef).collect(Collectors.toSet()),
                    rows.stream().map(r -> r.get(0)).collect(Collectors.toSet()));
            for (String counts : List.of("actions-by-source", "actions-by-agency", "actions-by-status")) {
                assertEquals(actions.size(), table(t, counts).rows().stream().mapToInt(r -> Integer.parseInt(r.get(5)))
                        .sum(), counts);
            }
            long partnershipWide = actions.stream().filter(a -> a.agencyCode() == null).count();
            assertTrue(partnershipWide > 0, "the sample has partnership-wide actions");
            assertEquals(partnershipWide, rows.stream().filter(r -> r.get(3).equals("Partnership-wide")).count());
            // Overdue first: once a row is not red, no red row follows.
            List<String> rags = rows.stream().map(r -> r.get(8)).toList();
            int firstOther = rags.indexOf(rags.stream().filter(s -> !s.equals("Red")).findFirst().orElseThrow());
            assertTrue(firstOther > 0, "the sample has overdue actions");
            assertTrue(rags.subList(firstOther, rags.size()).stream().noneMatch(s -> s.equals("Red")));

            SingleAgencyOverviewKind overview = new SingleAgencyOverviewKind();
            assertEquals(List.of("2018-19"), Kinds.labels(overview, db, YEAR));
            BlockDocument o = Kinds.compose(overview, db, YEAR, "2018-19");
            Set<String> notSchools = AuditQueries.agencies(db).stream().filter(a -> !a.isSchool()).map(Agency::code)
                    .collect(Collectors.toSet());
            assertEquals(notSchools, table(o, "returns").rows().stream().map(r -> r.get(0))
                    .collect(Collectors.toSet()));
            // Each audit recorded is one agency's section, under its own "Return:" line.
            long returnLines = o.body().stream().filter(b -> b instanceof qaf.document.Block.Paragraph p
                    && p.text().startsWith("Return: ")).count();
            assertEquals(AuditQueries.singleAgencyAudits(db, "2018-19").audits().size(), returnLines);
        }
    }

    /**
     * Issue 14: "on time 15 of 18" against 31 March, though the framework's programme sets 31 October 2018;
     * against that date 13 of 18 were on time (check: SELECT count(*) FROM single_agency_audits WHERE
     * year = '2018-19' AND submitted_on <= '2018-10-31').
     */
    @Test
    void singleAgencyAuditsAreMeasuredAgainstTheProgrammesDate() {
        try (Database db = Database.open(dir.resolve("sample.db"))) {
            Ingest.ingest(Path.of("sample-data"), db);
            BlockDocument o = Kinds.compose(new SingleAgencyOverviewKind(), db, YEAR, "2018-19");
            List<String> texts = o.body().stream().flatMap(b -> b instanceof qaf.document.Block.Bullets l
                    ? l.items().stream().map(i -> i.stream().map(qaf.document.Inline::text)
                            .collect(Collectors.joining())) : java.util.stream.Stream.<String>empty()).toList();
            assertTrue(texts.contains("Submitted on time: 13 of 18 (72%)."), texts.toString());
            String rule = o.body().stream().filter(b -> b instanceof qaf.document.Block.Paragraph p
                    && p.text().startsWith("Audits were due by")).map(b -> ((qaf.document.Block.Paragraph) b).text())
                    .findFirst().orElseThrow();
            assertTrue(rule.startsWith("Audits were due by 31 October 2018, the date the year's QA programme sets"),
                    rule);
        }
    }
}
