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
import qaf.ingest.Ingest;
import qaf.singleagencyoverview.SingleAgencyOverviewDocument;
import qaf.singleagencyoverview.SingleAgencyOverviewKind;
import qaf.store.AuditQueries;
import qaf.store.Database;

/** Both audit kinds composed from the committed sample: nothing in the store is silently left out. */
class AuditKindsOnTheSampleTest {
    private static final ReportingYear YEAR = new ReportingYear(2018, 4);

    @TempDir
    Path dir;

    @Test
    void everyActionAndEveryAgencyAppears() {
        try (Database db = Database.open(dir.resolve("sample.db"))) {
            Ingest.ingest(Path.of("sample-data"), db);

            ActionTrackerKind tracker = new ActionTrackerKind();
            assertEquals(List.of("2018-19"), Kinds.labels(tracker, db, YEAR));
            ActionTrackerDocument t = Kinds.compose(tracker, db, YEAR, "2018-19");
            List<ActionRecord> actions = AuditQueries.actions(db);
            assertEquals(actions.stream().map(ActionRecord::actionRef).collect(Collectors.toSet()),
                    t.actions().stream().map(ActionTrackerDocument.Row::ref).collect(Collectors.toSet()));
            assertEquals(actions.size(), t.bySource().stream().mapToInt(ActionTrackerDocument.CountRow::total).sum());
            assertEquals(actions.size(), t.byAgency().stream().mapToInt(ActionTrackerDocument.CountRow::total).sum());
            assertEquals(actions.size(), t.byStatus().stream().mapToInt(ActionTrackerDocument.CountRow::total).sum());
            long partnershipWide = actions.stream().filter(a -> a.agencyCode() == null).count();
            assertTrue(partnershipWide > 0, "the sample has partnership-wide actions");
            assertEquals(partnershipWide,
                    t.actions().stream().filter(r -> r.owner().equals("Partnership-wide")).count());
            // Overdue first: once a row is not red, no red row follows.
            List<String> sections = t.actions().stream().map(ActionTrackerDocument.Row::section).toList();
            int firstOther = sections.indexOf(sections.stream().filter(s -> !s.equals("Overdue (red)")).findFirst()
                    .orElseThrow());
            assertTrue(sections.subList(firstOther, sections.size()).stream()
                    .noneMatch(s -> s.equals("Overdue (red)")));

            SingleAgencyOverviewKind overview = new SingleAgencyOverviewKind();
            assertEquals(List.of("2018-19"), Kinds.labels(overview, db, YEAR));
            SingleAgencyOverviewDocument o = Kinds.compose(overview, db, YEAR, "2018-19");
            Set<String> notSchools = AuditQueries.agencies(db).stream().filter(a -> !a.isSchool()).map(Agency::code)
                    .collect(Collectors.toSet());
            assertEquals(notSchools, o.returns().stream().map(SingleAgencyOverviewDocument.ReturnRow::agencyCode)
                    .collect(Collectors.toSet()));
            assertEquals(AuditQueries.singleAgencyAudits(db, "2018-19").audits().size(), o.audits().size());
        }
    }
}
