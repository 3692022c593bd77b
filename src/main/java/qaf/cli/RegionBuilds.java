package qaf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import qaf.app.AppPaths;
import qaf.app.ExitCode;
import qaf.app.Versions;
import qaf.pipeline.Build;
import qaf.pipeline.BuildProgress;
import qaf.pipeline.RegionBuild;
import qaf.publish.OutputLock;
import qaf.store.Database;
import qaf.store.PartnershipQueries;
import qaf.store.RegionStore;

/**
 * The {@code build} command's {@code --partnership} and region-store side: which partnerships to
 * build (a usage error names the known ones), and a region built one partnership after another with
 * a line per partnership and a summary of the region. Usage errors are picocli's, as the command's own.
 */
final class RegionBuilds {
    private final CommandSpec spec;
    private final boolean quiet;
    private final String partnership;
    private final String year;

    /** The command's spec and options: {@code --quiet}, {@code --partnership} (null for all), {@code --year}. */
    RegionBuilds(CommandSpec spec, boolean quiet, String partnership, String year) {
        this.spec = spec;
        this.quiet = quiet;
        this.partnership = partnership;
        this.year = year;
    }

    /** The partnerships to build: all, or the one {@code --partnership} names (a usage error if unknown). */
    List<String> codes(RegionStore region) {
        List<String> codes = region.codes();
        if (codes.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--db " + region.dir() + " is a folder, so a region"
                    + " store, but it holds no partnership database (<CODE>.db): load a region into it first with"
                    + " qaf ingest DIR --db " + region.dir());
        }
        if (partnership == null) {
            return codes;
        }
        String code = partnership.strip().toUpperCase(Locale.ROOT);
        if (!codes.contains(code)) {
            throw new ParameterException(spec.commandLine(), "--partnership " + partnership + ": no such partnership"
                    + " in " + region.dir() + "; its partnerships are: " + String.join(", ", codes));
        }
        return List.of(code);
    }

    /** {@code --partnership} with a database file: it must hold that partnership, or nothing is built. */
    void checkSinglePartnership(Path db, Path nativeLibraries) {
        String wanted = partnership.strip().toUpperCase(Locale.ROOT);
        Optional<String> code = Optional.empty();
        Optional<Database> opened = Database.openWithData(db, nativeLibraries);
        if (opened.isPresent()) {
            try (Database database = opened.get()) {
                code = PartnershipQueries.code(database);
            }
        }
        if (!code.equals(Optional.of(wanted))) {
            throw new ParameterException(spec.commandLine(), "--partnership " + partnership + ": the database " + db
                    + code.map(c -> " holds partnership " + c).orElse(" holds no partnership with a code")
                    + "; leave out --partnership to build it, or give --db the region store folder");
        }
    }

    /** Builds each partnership of {@code codes}, in order; the exit code of the whole region. */
    int build(RegionStore region, List<String> codes, Build.Options options, AppPaths paths, Clock clock) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        PrintWriter summaries = quiet ? stderr : stdout;
        TerminalProgress[] bar = new TerminalProgress[1];
        RegionBuild.Listener listener = new RegionBuild.Listener() {
            @Override
            public BuildProgress starting(String code, Path database, Path outputDir) {
                if (!quiet) {
                    stdout.println(code + ": building " + database + " into " + outputDir);
                }
                bar[0] = !quiet && System.console() != null ? new TerminalProgress(stderr, clock) : null;
                return bar[0] != null ? bar[0] : new LogProgress(quiet ? stderr : stdout, quiet);
            }

            @Override
            public void finished(RegionBuild.Partnership p) {
                if (bar[0] != null) {
                    bar[0].clear();
                }
                if (p.failure() instanceof OutputLock.Busy busy) {
                    summaries.println(p.code() + ": FAILED, nothing built: " + busy.getMessage() + ": "
                            + BuildSummary.describe(busy.holder()));
                } else if (p.failure() != null) {
                    summaries.println(p.code() + ": FAILED, nothing built: " + Build.reason(p.failure()));
                } else if (!quiet || p.result().failed()) {
                    summaries.println(p.code() + ": " + BuildSummary.summary(p.result(), p.outputDir()));
                }
            }
        };
        RegionBuild.Result result;
        try {
            result = RegionBuild.run(region, codes, options, Versions.current(), paths.nativeLibraries(), clock,
                    listener);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--year " + year + ": " + e.getMessage());
        }
        List<String> failing = result.failing();
        if (!quiet || !failing.isEmpty()) {
            summaries.println(String.format(Locale.UK, "region: %d partnership%s, %d documents built, %d unchanged,"
                            + " %d failed in %.1f s (%d files)%s", codes.size(), codes.size() == 1 ? "" : "s",
                    result.built(), result.unchanged(), result.failedDocuments(), result.elapsed().toMillis() / 1000.0,
                    result.files(), failing.isEmpty() ? "" : "; failures in " + String.join(", ", failing)));
        }
        return failing.isEmpty() ? ExitCode.OK : ExitCode.SOME_DOCUMENTS_FAILED;
    }
}
