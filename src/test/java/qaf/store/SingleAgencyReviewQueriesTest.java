package qaf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.analysis.review.SingleAgencyReviewData;
import qaf.calendar.ReportingYear;
import qaf.ingest.Ingest;

/** The sample's single agency reviews as appendix A's report reads them. */
class SingleAgencyReviewQueriesTest {
    @TempDir
    Path dir;

    @Test
    void aReviewCarriesItsAgencyItsChildOnlyThatAgencysEntriesAndItsOwnActions() {
        try (Database db = Database.open(dir.resolve("qaf.db"))) {
            Ingest.ingest(Path.of("sample-data"), db);
            assertEquals(List.of("SAR-1819-01", "SAR-1819-02", "SAR-1819-03"),
                    SingleAgencyReviewQueries.refs(db, new ReportingYear(2018, 4)));
            assertEquals(List.of(), SingleAgencyReviewQueries.refs(db, new ReportingYear(2017, 4)));
            SingleAgencyReviewData gp = SingleAgencyReviewQueries.review(db, "SAR-1819-01").orElseThrow();
            assertEquals("GP", gp.agencyCode());
            assertEquals("CH1035", gp.child().childRef());
            assertEquals(List.of("CASE-0406"), gp.caseRefs());
            assertTrue(!gp.chronology().isEmpty() && gp.chronology().stream().allMatch(r -> r.agencyCode().equals("GP")),
                    "the reviewed agency's entries only");
            assertEquals(3, gp.linesOfEnquiry().size());
            assertEquals(List.of("ACT-050"), gp.actions().stream().map(a -> a.actionRef()).toList());
            assertTrue(SingleAgencyReviewQueries.review(db, "SAR-NONE").isEmpty());
        }
    }
}
