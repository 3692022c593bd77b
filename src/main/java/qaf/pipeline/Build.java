package qaf.pipeline;

import qaf.catalogue.Catalogue;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKind;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import qaf.boardpack.BoardPack;
import qaf.calendar.ReportingYear;
import qaf.publish.AtomicFiles;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.publish.Publisher;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.store.Database;
import qaf.store.PartnershipQueries;

/**
 * The build: sweep a killed build's leftovers (temporaries, PDF work folders) → list the documents → for each document: compose
 * (recording the rows it reads) → keep its files if their fingerprint and checksums say they are
 * current, else render each format → publish → write the manifest → remove what no longer exists →
 * write the build report. One document's failure is recorded and the others still build.
 *
 * <p>The steps are their own classes: {@link Planned} lists the documents, {@link KindBuild} composes
 * and renders them, {@link BoardPackStep} assembles the pack, {@link Collector} gathers what was
 * published or failed, {@link EarlierFiles} decides what the previous build's files become, and
 * {@link NoOpBuild} answers a build in which nothing changed.
 */
public final class Build {

    /**
     * @param year a reporting year label such as "2018-19", or null for the latest year with data
     * @param kinds the kinds to build, empty for all
     * @param formats the formats to render, never empty
     * @param jobs how many documents render at once, at least 1
     * @param boardPack whether to assemble the board pack after the documents are published
     * @param include what the board pack holds (kinds or document names), empty for its default
     * @param full render every document even when its fingerprint and files say it is unchanged
     * @param asAt the day every status is as at; null for the earlier of today and the year's last day
     */
    public record Options(Path outputDir, String year, Set<String> kinds, Set<Format> formats, int jobs,
            boolean boardPack, List<String> include, boolean full, LocalDate asAt) {
        public Options {
            kinds = Set.copyOf(kinds);
            formats = Set.copyOf(formats);
            include = List.copyOf(include);
            if (!include.isEmpty() && !boardPack) {
                throw new IllegalArgumentException("--include chooses the board pack's documents: add --board-pack");
            }
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("choose at least one format: pdf, docx");
            }
            if (jobs < 1) {
                throw new IllegalArgumentException("--jobs must be at least 1, not " + jobs);
            }
        }

        /** An incremental build without the board pack. */
        public Options(Path outputDir, String year, Set<String> kinds, Set<Format> formats, int jobs) {
            this(outputDir, year, kinds, formats, jobs, false, List.of(), false, null);
        }

        public Options(Path outputDir, String year, Set<String> kinds, Set<Format> formats, int jobs,
                boolean boardPack, List<String> include, boolean full) {
            this(outputDir, year, kinds, formats, jobs, boardPack, include, full, null);
        }

        /** The same build into another output folder (a partnership of a region). */
        public Options withOutputDir(Path value) {
            return new Options(value, year, kinds, formats, jobs, boardPack, include, full, asAt);
        }

        /** The same build, rendering everything ({@code --full}) or not. */
        public Options withFull(boolean value) {
            return new Options(outputDir, year, kinds, formats, jobs, boardPack, include, value, asAt);
        }
    }

    /**
     * What happened; the exit code follows from the failures.
     *
     * @param published the files this build rendered or kept, in the manifest
     * @param removed the files deleted because their documents no longer exist or failed this time
     */
    public record Result(ReportingYear year, int published, List<Manifest.Failure> failures,
            Supplier<BuildReport> reports, List<String> removed) {
        public Result(ReportingYear year, int published, List<Manifest.Failure> failures, BuildReport report,
                List<String> removed) {
            this(year, published, failures, () -> report, removed);
        }

        public boolean failed() {
            return !failures.isEmpty();
        }

        /** The build's report (a no-op's is read back from the file it wrote, once, when first asked). */
        public BuildReport report() {
            return reports.get();
        }
    }

    private final Database db;
    private final List<DocumentKind<?, ?>> kinds;
    private final Options options;
    private final String version;
    private final BuildProgress progress;
    private final Clock clock;
    /** Made once per build, from its context: see {@link PrivacyScreen}. */
    private PrivacyScreen screen;
    /** Made once per build: see {@link NarrativeStep}. */
    private NarrativeStep narrative;

    /**
     * Builds the catalogue's kinds named in the options.
     *
     * @param clock only for the build report's start time and durations; documents never see it
     */
    public Build(Database db, Options options, String version, BuildProgress progress, Clock clock) {
        this(db, Catalogue.select(options.kinds()), options, version, progress, clock);
    }

    /** Builds the given kinds; tests pass their own to prove the failure policy. */
    Build(Database db, List<DocumentKind<?, ?>> kinds, Options options, String version, BuildProgress progress,
            Clock clock) {
        this.db = db;
        this.kinds = List.copyOf(kinds);
        this.options = options;
        this.version = version;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * The caller holds the {@link qaf.publish.OutputLock} on the output folder (the CLI does): the
     * sweep deletes temporary files, which would be another build's live files without it.
     */
    public Result run() throws IOException {
        Instant startedAt = clock.instant();
        // One snapshot: every query of the build reads one state, whatever an ingest commits meanwhile.
        try (Database.Snapshot snapshot = db.readSnapshot()) {
            return run(startedAt);
        }
    }

    private Result run(Instant startedAt) throws IOException {
        PartnershipQueries.Partnership partnership = PartnershipQueries.partnership(db);
        ReportingYear year = options.year() == null
                ? PartnershipQueries.latestYear(db, partnership.yearStartMonth())
                : ReportingYear.parse(options.year(), partnership.yearStartMonth());
        LocalDate asAt = asAt(year);
        String implementation = Implementation.fingerprint(clock) + "\n" + version;
        Optional<Unchanged.Memory> memory = options.full() ? Optional.empty() : Unchanged.read(options.outputDir());
        // Taken before the digest: a write after it changes the stamp, so it is never paired with old data.
        Optional<Database.FileStamp> stamp = db.fileStamp();
        Optional<String> remembered = memory.flatMap(m -> m.dataDigest(stamp));
        String data = remembered.orElseGet(db::contentDigest);
        String key = Unchanged.key(implementation, version, data, year.label(), asAt, kinds, options);
        if (memory.isPresent() && memory.get().holds(options.outputDir(), key)) {
            if (remembered.isEmpty() && stamp.isPresent()) {
                Unchanged.rememberData(options.outputDir(), stamp.get(), data, startedAt);
            }
            return NoOpBuild.run(year, memory.get(), startedAt, options.outputDir(), progress, clock);
        }
        Unchanged.forget(options.outputDir());
        // Only a build that writes sweeps: a killed build had forgotten the record first, so a folder the
        // no-op accepts holds no temporaries of it, and the PDF work folders of dead runs can wait a night.
        AtomicFiles.sweep(options.outputDir());
        qaf.render.pdf.JasperPdf.sweepLeftovers();
        BuildContext build = BuildContext.load(db, year, asAt);
        screen = new PrivacyScreen(build.children(), build.birthdaysOnRecordDates(), build.asAt(),
                () -> db.unrecorded(() -> qaf.ingest.FreeTextColumns.screen(db, build.children())));
        narrative = new NarrativeStep(db, builtFolders(), options.kinds().isEmpty(), options.boardPack());
        // The document date is the as-at day, never the time of the build: same data and day, same bytes.
        RenderContext context = new RenderContext(build.asAt().atStartOfDay(ZoneOffset.UTC).toInstant(),
                "qaf " + version);
        Optional<Manifest> before = Manifest.read(options.outputDir());
        Previous previous = new Previous(options.full() ? List.of() : before.map(Manifest::documents).orElse(List.of()),
                implementation);
        Collector collector = new Collector(progress);
        List<Planned<?, ?>> plan = Planned.plan(kinds, db, build, collector);
        progress.started(plan.stream().mapToInt(p -> p.keys().size()).sum() + (options.boardPack() ? 1 : 0));
        Publisher publisher = new Publisher(options.outputDir());
        new KindBuild(db, screen, narrative, options.formats(), options.jobs(), build, context, publisher, previous,
                collector).buildAll(plan, progress);
        collector.failCollisions();
        if (options.boardPack()) {
            BoardPackStep.build(new BoardPack(options.outputDir(), partnership.name(), year.label(), context),
                    options.formats(), options.include(), db, screen, narrative, build, previous, publisher, collector,
                    progress);
        }
        Set<String> folders = builtFolders();
        Manifest manifest = manifest(before, year, folders, publisher, collector);
        manifest.writeTo(options.outputDir());
        // After the manifest: until it is replaced, the previous one's files are all still there.
        List<String> removed = EarlierFiles.prune(publisher, year.label(), folders, manifest.documents());
        BuildReport report = report(year, startedAt, collector.entries, screen.report());
        report.writeTo(options.outputDir());
        qaf.frontpage.FrontPage.write(db, build, manifest, version, options.outputDir());
        if (collector.failures.isEmpty()) {
            Unchanged.record(options.outputDir(), key, stamp, data, startedAt, manifest, report);
        }
        return new Result(year, collector.published.size(), collector.failures, report, removed);
    }

    /** The output folders (below the period) this build is responsible for: its kinds, and the pack. */
    private Set<String> builtFolders() {
        Set<String> folders = new TreeSet<>();
        kinds.forEach(k -> folders.add(k.id()));
        if (options.boardPack()) {
            folders.add(BoardPack.KIND);
        }
        return folders;
    }

    /**
     * The as-at day: the option's, or the earlier of today (from the injected clock, UK time) and the
     * year's last day, so an in-year build shows statuses as they stand and a past year's as at its end.
     */
    private LocalDate asAt(ReportingYear year) {
        if (options.asAt() != null) {
            return options.asAt();
        }
        LocalDate today = clock.instant().atZone(ZoneId.of("Europe/London")).toLocalDate();
        return today.isBefore(year.end()) ? today : year.end();
    }

    /**
     * The manifest's documents and failures: this build's, and what it leaves of the previous
     * manifest's (see {@link EarlierFiles}).
     */
    private Manifest manifest(Optional<Manifest> before, ReportingYear year, Set<String> folders, Publisher publisher,
            Collector collector) {
        List<Manifest.Document> documents = new ArrayList<>(collector.published);
        List<Manifest.Failure> failures = new ArrayList<>(collector.failures);
        before.ifPresent(m -> EarlierFiles.keepOthers(m, year.label(), folders, publisher, documents, failures));
        before.ifPresent(m -> EarlierFiles.keepOtherFormats(m, year.label(), folders, options.formats(), publisher,
                documents));
        return new Manifest("qaf", version, PartnershipQueries.fingerprint(db), year.label(), documents, failures);
    }

    private BuildReport report(ReportingYear year, Instant startedAt, List<BuildReport.Entry> entries,
            BuildReport.Privacy privacy) {
        int failed = (int) entries.stream().filter(BuildReport.Entry::failed).count();
        int skipped = (int) entries.stream().filter(BuildReport.Entry::skipped).count();
        long durationMs = Math.max(0, Duration.between(startedAt, clock.instant()).toMillis());
        return new BuildReport("qaf", version, year.label(), startedAt.toString(), durationMs,
                entries.size() - failed - skipped, skipped, failed, entries, privacy).withNarrative(narrative.report());
    }

    /**
     * The failure as the manifest and log show it. Only the exception's type and qaf's own message:
     * a library's message may quote document text, and logs never hold personal data.
     */
    public static String reason(Throwable e) {
        String type = e.getClass().getSimpleName();
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length == 0) {
            return type;
        }
        String where = trace[0].getClassName();
        return where.startsWith("qaf.") && e.getMessage() != null
                ? type + ": " + e.getMessage()
                : type + " in " + where;
    }
}
