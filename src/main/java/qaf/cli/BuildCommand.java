package qaf.cli;

import qaf.app.Versions;

import qaf.app.AppPaths;

import qaf.app.ExitCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import qaf.pipeline.Build;
import qaf.pipeline.BuildProgress;
import qaf.publish.OutputLock;
import qaf.render.Format;
import qaf.store.Database;
import qaf.store.RegionStore;

@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Composes, renders and publishes the documents of a reporting year as PDF and DOCX.",
            "Incremental: only documents whose inputs changed are rendered again; documents that no longer exist"
                    + " are removed (--full renders everything).",
            "Writes <out>/<period>/<kind>/<name>.<ext>, each document's tables as CSV in <name>.data/,"
                    + " and <out>/manifest.json last.",
            "On a fresh checkout the database is first created from sample-data/."
        },
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nOutput:%n",
        footer = {
            "On a terminal a progress bar is shown on stderr; otherwise one line per document on stdout;"
                    + " with --quiet nothing unless a document fails. A summary line ends every build.",
            "<out>/build-report.json records each document's status, duration and error (not in the"
                    + " manifest, which stays byte-identical for the same data).",
            "Only one build at a time may use an output folder (lock file <out>/.qaf-build.lock)."
        },
        exitCodeList = {"0:every document was built", "1:internal error", "2:usage error",
            "4:some documents failed (the others were built; see the manifest's failures)",
            "5:another build is using the output folder (it says which process); nothing was changed"})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", description = "Database file (default: data/qaf.db in the checkout, or $QAF_DB),"
            + " or a region store folder (one <CODE>.db per partnership): each partnership into <out>/<CODE>/.")
    Path db;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/ in the checkout).")
    Path out;

    @Option(names = "--year", paramLabel = "YYYY-YY", description = "Reporting year, e.g. 2018-19 (default: the latest year with data).")
    String year;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND", description = "Only these document kinds, e.g. chronology.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT", description = "pdf, docx or both (default: both).")
    List<String> formats = List.of("pdf", "docx");

    @Option(names = "--jobs", paramLabel = "N",
            description = "Documents rendered at once (default: the number of processors). Output is the same for any N.")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--board-pack",
            description = "After the documents, assemble the board pack: one PDF and one DOCX of the year's board documents"
                    + " with a cover and contents (<out>/<period>/board-pack/).")
    boolean boardPack;

    @Option(names = "--include", split = ",", paramLabel = "KIND|NAME",
            description = "With --board-pack: the kinds or document names it holds, in order (default: the overviews,"
                    + " annual reports and action tracker). Case documents are never included.")
    List<String> include = new ArrayList<>();

    @Option(names = "--full", description = "Render every document again. Without it a document is rendered only when"
            + " what it is made from changed (the rows it reads, its year, qaf's code and templates) or its files are"
            + " missing or altered; the others are kept as they are.")
    boolean full;

    @Option(names = "--partnership", paramLabel = "CODE",
            description = "With a region store (--db naming a folder of <CODE>.db): build only this partnership, into"
                    + " <out>/<CODE>/. With a database file: build it only if it holds this partnership.")
    String partnership;

    @Option(names = "--as-at", paramLabel = "DATE", converter = TimetableCommand.DateConverter.class,
            description = "The day every status is as at (overdue, open, not yet due, on time), e.g. 2019-01-31;"
                    + " default: the earlier of today and the reporting year's last day. Every document states it.")
    LocalDate asAt;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no per-document lines; failures and the"
            + " summary still go to stderr when a document fails.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        AppPaths paths = AppPaths.fromSystem();
        Path dbFile = paths.database(db, System.getenv());
        Path outDir = (out == null ? paths.output() : out).toAbsolutePath().normalize();
        Build.Options options;
        try {
            options = new Build.Options(outDir, year, new LinkedHashSet<>(kinds), formats(), jobs, boardPack, include,
                    full, asAt);
            qaf.catalogue.Catalogue.select(options.kinds());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Clock clock = Clock.systemUTC();
        if (Files.isDirectory(dbFile) || partnership != null) {
            return buildPartnerships(dbFile, paths, options, clock);
        }
        // Locked before the database is created from the sample, so two first runs cannot both create it.
        try (OutputLock lock = OutputLock.acquire(outDir, clock)) {
            return build(dbFile, paths, options, clock);
        } catch (OutputLock.Busy busy) {
            spec.commandLine().getErr().println("qaf: " + busy.getMessage() + ": " + BuildSummary.describe(busy.holder())
                    + ". Nothing was changed. The lock ends with that process; if it has ended, run again.");
            return ExitCode.OUTPUT_LOCKED;
        }
    }

    private int build(Path dbFile, AppPaths paths, Build.Options options, Clock clock) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Optional<Database> opened = Database.openWithData(dbFile, paths.nativeLibraries());
        if (opened.isEmpty()) {
            stdout.println("No database with data at " + dbFile + ": creating it from the sample data in "
                    + paths.sampleData() + " first.");
            int code = DatasetLoading.load(paths.sampleData(), dbFile, paths.nativeLibraries(), true, stdout, stderr);
            if (code != ExitCode.OK) {
                return code;
            }
            opened = Optional.of(Database.open(dbFile, paths.nativeLibraries()));
        }
        // System.console() is null unless both stdin and stdout are a terminal: cron, systemd and pipes get lines.
        TerminalProgress bar = !quiet && System.console() != null ? new TerminalProgress(stderr, clock) : null;
        BuildProgress progress = bar != null ? bar : new LogProgress(quiet ? stderr : stdout, quiet);
        try (Database database = opened.get()) {
            Build.Result result = new Build(database, options, Versions.current(), progress, clock).run();
            if (bar != null) {
                bar.clear();
            }
            if (!quiet || result.failed()) {
                (quiet ? stderr : stdout).println(BuildSummary.summary(result, options.outputDir()));
            }
            return result.failed() ? ExitCode.SOME_DOCUMENTS_FAILED : ExitCode.OK;
        } catch (java.time.format.DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--year " + year + ": " + e.getMessage());
        }
    }

    /**
     * A region store (a folder of {@code <CODE>.db}, see {@link RegionStore}): builds each partnership,
     * in code order, into {@code <out>/<CODE>/}, each folder exactly what a single build writes (its
     * own manifest and build report). One lock on {@code <out>} for the whole run. With a database
     * file and {@code --partnership}: the single build, once the file is known to hold that partnership.
     */
    private int buildPartnerships(Path db, AppPaths paths, Build.Options options, Clock clock) throws IOException {
        boolean region = Files.isDirectory(db);
        // Checked before the lock, so a mistyped code leaves the output folder untouched.
        RegionBuilds builds = new RegionBuilds(spec, quiet, partnership, year);
        List<String> codes = region ? builds.codes(new RegionStore(db)) : List.of();
        if (!region) {
            builds.checkSinglePartnership(db, paths.nativeLibraries());
        }
        try (OutputLock lock = OutputLock.acquire(options.outputDir(), clock)) {
            return region ? builds.build(new RegionStore(db), codes, options, paths, clock)
                    : build(db, paths, options, clock);
        } catch (OutputLock.Busy busy) {
            spec.commandLine().getErr().println("qaf: " + busy.getMessage() + ": " + BuildSummary.describe(busy.holder())
                    + ". Nothing was changed. The lock ends with that process; if it has ended, run again.");
            return ExitCode.OUTPUT_LOCKED;
        }
    }

    private Set<Format> formats() {
        Set<Format> set = EnumSet.noneOf(Format.class);
        for (String f : formats) {
            String id = f.strip().toLowerCase(Locale.ROOT);
            set.add(switch (id) {
                case "pdf" -> Format.PDF;
                case "docx" -> Format.DOCX;
                default -> throw new IllegalArgumentException("unknown format '" + f + "'; choose pdf, docx or both");
            });
        }
        return set;
    }
}
