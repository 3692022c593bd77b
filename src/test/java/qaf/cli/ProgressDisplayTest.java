package qaf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.publish.BuildReport;

/** The terminal bar and the log lines for the same build: three documents, the second failing. */
class ProgressDisplayTest {
    private static final BuildReport.Entry C1 = new BuildReport.Entry("chronology", "E1_C1", BuildReport.BUILT,
            List.of("pdf", "docx"), 900, null);
    private static final BuildReport.Entry C2 = new BuildReport.Entry("chronology", "E1_C2", BuildReport.FAILED,
            List.of("docx"), 300, "pdf: IllegalStateException: renderer broke");
    private static final BuildReport.Entry OVERVIEW = new BuildReport.Entry("evaluation-overview", "E1",
            BuildReport.BUILT, List.of("pdf", "docx"), 400, null);

    /** A clock that moves ten seconds each time it is read, so elapsed and estimates are known. */
    private static final class SteppingClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T02:00:00Z");

        @Override
        public Instant instant() {
            Instant read = now;
            now = now.plus(Duration.ofSeconds(10));
            return read;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("not needed");
        }
    }

    @Test
    void theTerminalBarShowsDoneOfTotalKindElapsedAndEstimateAndKeepsFailuresOnScreen() {
        StringWriter err = new StringWriter();
        TerminalProgress bar = new TerminalProgress(new PrintWriter(err), new SteppingClock());
        bar.started(3);
        bar.kindStarted("chronology");
        bar.documentDone(C1);
        bar.documentDone(C2);
        bar.kindStarted("evaluation-overview");
        bar.documentDone(OVERVIEW);
        bar.clear();
        String r = "\r\u001b[K";
        assertEquals(r + "[------------------------] 0/3 chronology, 0:10 elapsed, estimating"
                + r + "[########----------------] 1/3 chronology, 0:20 elapsed, 0:40 left"
                + r + "FAILED chronology/E1_C2: pdf: IllegalStateException: renderer broke\n"
                + r + "[################--------] 2/3 chronology, 0:30 elapsed, 0:15 left"
                + r + "[################--------] 2/3 evaluation-overview, 0:40 elapsed, 0:20 left"
                + r + "[########################] 3/3 evaluation-overview, 0:50 elapsed, 0:00 left"
                + r, err.toString());
    }

    @Test
    void logLinesAreOnePerDocumentAndQuietShowsOnlyFailures() {
        StringWriter log = new StringWriter();
        StringWriter quiet = new StringWriter();
        for (LogProgress p : List.of(new LogProgress(new PrintWriter(log), false),
                new LogProgress(new PrintWriter(quiet), true))) {
            p.started(3);
            p.kindStarted("chronology");
            p.documentDone(C1);
            p.documentDone(C2);
            p.kindStarted("evaluation-overview");
            p.documentDone(OVERVIEW);
        }
        assertEquals(String.format("""
                building 3 documents
                [1/3] built chronology/E1_C1 (pdf, docx)
                [2/3] FAILED chronology/E1_C2: pdf: IllegalStateException: renderer broke
                [3/3] built evaluation-overview/E1 (pdf, docx)
                """).replace("\n", System.lineSeparator()), log.toString());
        assertEquals("[2/3] FAILED chronology/E1_C2: pdf: IllegalStateException: renderer broke"
                + System.lineSeparator(), quiet.toString());
    }

    @Test
    void clockTimeIsMinutesAndSeconds() {
        assertEquals("0:00", TerminalProgress.clockTime(Duration.ofMillis(999)));
        assertEquals("2:05", TerminalProgress.clockTime(Duration.ofSeconds(125)));
        assertEquals("75:00", TerminalProgress.clockTime(Duration.ofHours(1).plusMinutes(15)));
    }
}
