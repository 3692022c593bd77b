package qaf.frontpage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import qaf.ingest.Ingest;
import qaf.pipeline.Build;
import qaf.pipeline.BuildProgress;
import qaf.render.Format;
import qaf.store.Database;

/**
 * The sample partnership built into a folder, as the front page's tests need it: the board kinds
 * whose documents "What is due" links to, a public kind, then (incrementally) a case kind.
 */
final class SampleSite {
    static final LocalDate AS_AT = LocalDate.of(2019, 3, 31);
    static final Set<String> BOARD_KINDS = Set.of("evaluation-overview", "action-tracker", "s11-overview",
            "single-agency-overview", "annual-report-reviews", "seven-minute-briefing");
    static final Set<String> CASE_KINDS = Set.of("chronology");

    private SampleSite() {
    }

    static Database load(Path dir) {
        Database db = Database.open(dir.resolve("qaf.db"));
        Ingest.ingest(Path.of("sample-data"), db);
        return db;
    }

    static Build.Result build(Database db, Path out, Set<String> kinds) throws IOException {
        Build.Options options = new Build.Options(out, "2018-19", kinds, EnumSet.of(Format.PDF, Format.DOCX), 2, false,
                List.of(), false, AS_AT);
        return new Build(db, options, "test", BuildProgress.SILENT,
                Clock.fixed(Instant.parse("2026-12-03T06:00:00Z"), ZoneOffset.UTC)).run();
    }
}
