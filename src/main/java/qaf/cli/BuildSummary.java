package qaf.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import qaf.pipeline.Build;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.publish.OutputLock;

/** The {@code build} command's words: a build's summary line, and who holds a busy output folder. */
final class BuildSummary {
    private BuildSummary() {
    }

    /** The line that ends every build: counts, duration, and where the manifest and report are. */
    static String summary(Build.Result result, Path outDir) {
        BuildReport report = result.report();
        String removed = result.removed().isEmpty() ? "" : ", " + result.removed().size() + " old files removed";
        return String.format(Locale.UK, "%s: %d documents built, %d unchanged, %d failed in %.1f s (%d files%s);"
                        + " manifest %s; report %s",
                result.year().label(), report.built(), report.skipped(), report.failed(), report.durationMs() / 1000.0,
                result.published(), removed, outDir.resolve(Manifest.FILE_NAME), outDir.resolve(BuildReport.FILE_NAME));
    }

    /** Who holds the output folder's lock, as the message that refuses to build says it. */
    static String describe(Optional<OutputLock.Holder> holder) {
        return holder.map(h -> "process " + h.pid() + " on " + h.host() + ", running since "
                + DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.UK)
                        .format(h.since().atZone(ZoneId.of("Europe/London"))) + " (UK time)")
                .orElse("a process that has not recorded itself in " + OutputLock.HOLDER_FILE);
    }
}
