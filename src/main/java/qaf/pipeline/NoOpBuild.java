package qaf.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import qaf.calendar.ReportingYear;
import qaf.publish.AtomicFiles;
import qaf.publish.BuildReport;

/**
 * The build when nothing changed since the last one: says so document by document, keeps every
 * file, and writes only the build report.
 */
final class NoOpBuild {
    private NoOpBuild() {
    }

    static Build.Result run(ReportingYear year, Unchanged.Memory memory, Instant startedAt, Path outputDir,
            BuildProgress progress, Clock clock) throws IOException {
        progress.started(memory.entries().size());
        String kind = null;
        for (BuildReport.Entry entry : memory.entries()) {
            if (!entry.kind().equals(kind)) {
                kind = entry.kind();
                progress.kindStarted(kind);
            }
            progress.documentDone(entry);
        }
        byte[] report = memory.report(startedAt, Math.max(0, Duration.between(startedAt, clock.instant()).toMillis()));
        Path file = outputDir.resolve(BuildReport.FILE_NAME);
        AtomicFiles.write(file, false, out -> out.write(report));
        // Read back only if asked: a quiet nightly no-op never needs the report as an object.
        return new Build.Result(year, memory.published(), List.of(), new ReadOnce(file), List.of());
    }

    /** A no-op's report, read from its file when first asked for. */
    private static final class ReadOnce implements Supplier<BuildReport> {
        private final Path file;
        private BuildReport report;

        ReadOnce(Path file) {
            this.file = file;
        }

        @Override
        public synchronized BuildReport get() {
            if (report == null) {
                try {
                    report = BuildReport.read(file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read back " + file.getFileName() + " just written", e);
                }
            }
            return report;
        }
    }
}
