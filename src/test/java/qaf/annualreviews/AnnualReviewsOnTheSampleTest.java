package qaf.annualreviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qaf.calendar.ReportingYear;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.ingest.Ingest;
import qaf.store.Database;
import qaf.testing.Kinds;

/** The annual reviews report on the committed sample, whose linked reviews say follows_ref. */
class AnnualReviewsOnTheSampleTest {
    private static final ReportingYear YEAR = new ReportingYear(2018, 4);

    @TempDir
    Path dir;

    /**
     * Issue 14: the sample's rapid review RR-1819-01 and the LCSPR that came out of it counted as two
     * notifications (and RR-1819-02 and its concise review as two children), because the sample did not
     * say follows_ref. Its 2018-19 reviews are of 7 children (CH1032 to CH1038) in 3 notifiable incidents.
     */
    @Test
    void theSampleCountedARapidReviewAndTheLcsprFromItAsTwoNotifications() {
        try (Database db = Database.open(dir.resolve("sample.db"))) {
            Ingest.ingest(Path.of("sample-data"), db);
            assertEquals("RR-1819-01", qaf.store.ReviewQueries.reviews(db).stream()
                    .filter(r -> r.reviewRef().equals("LCSPR-1819-01")).findFirst().orElseThrow().followsRef());
            BlockDocument d = Kinds.compose(new AnnualReviewsKind(), db, YEAR, "2018-19");
            String text = d.body().stream().map(b -> b instanceof Block.Paragraph p ? p.text()
                    : b instanceof Block.Bullets l ? String.join("\n", l.texts()) : "").collect(Collectors.joining("\n"));
            assertTrue(text.contains("Notifiable incidents: 3; children in the year's reviews: 7, each incident"
                    + " counted once"), text);
            assertTrue(text.contains("Notification within 5 working days of becoming aware: 2 met, 1 missed, 0 overdue,"
                    + " 0 open"), text);
        }
    }
}
