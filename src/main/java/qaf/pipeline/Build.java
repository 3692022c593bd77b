package qaf.pipeline;

import qaf.catalogue.Catalogue;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKey;
import qaf.kind.DocumentKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import qaf.boardpack.BoardPack;
import qaf.calendar.ReportingYear;
import qaf.publish.AtomicFiles;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.publish.Publisher;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.document.ReportDocument;
import qaf.store.Database;
import qaf.store.PartnershipQueries;

/**
 * The build: sweep a killed build's leftovers (temporaries, PDF work folders) → list the documents → for each document: compose
 * (recording the rows it reads) → keep its files if their fingerprint and checksums say they are
 * current, else render each format → publish → write the manifest → remove what no longer exists →
 * write the build report. One document's failure is recorded and the others still build.
 */
public final class Build {

    /**
     * @param year a reporting year label such as "2018-19", or null for the latest year with data
     * @param kinds the kinds to build, empty for all
     * @param formats the formats to render, never empty
     * @param jobs how many documents render at once, at least 1
     * @param boardPack whether to assemble the board pack after the documents are published
     * @param include what the board pack holds (kinds or document names), empty for its default
     */
    /**
     * @param full render every document even when its fingerprint and files say it is unchanged
     */
    /**
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
            return unchanged(year, memory.get(), startedAt);
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
        Collector collector = new Collector();
        List<Planned<?, ?>> plan = plan(build, collector);
        progress.started(plan.stream().mapToInt(p -> p.keys().size()).sum() + (options.boardPack() ? 1 : 0));
        Publisher publisher = new Publisher(options.outputDir());
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), Build::renderThread);
        try {
            for (Planned<?, ?> planned : plan) {
                progress.kindStarted(planned.kind().id());
                buildKind(planned, build, context, publisher, previous, pool, collector);
            }
            collector.drainAll();
        } finally {
            pool.shutdownNow();
        }
        collector.failCollisions();
        if (options.boardPack()) {
            buildBoardPack(new BoardPack(options.outputDir(), partnership.name(), year.label(), context), build,
                    previous, publisher, collector);
        }
        Set<String> folders = builtFolders();
        List<Manifest.Document> documents = new ArrayList<>(collector.published);
        List<Manifest.Failure> failures = new ArrayList<>(collector.failures);
        before.ifPresent(m -> keepOthers(m, year.label(), folders, publisher, documents, failures));
        before.ifPresent(m -> keepOtherFormats(m, year.label(), folders, publisher, documents));
        Manifest manifest = new Manifest("qaf", version, PartnershipQueries.fingerprint(db), year.label(), documents,
                failures);
        manifest.writeTo(options.outputDir());
        // After the manifest: until it is replaced, the previous one's files are all still there.
        List<String> removed = prune(publisher, year.label(), folders, documents);
        BuildReport report = report(year, startedAt, collector.entries, screen.report());
        report.writeTo(options.outputDir());
        qaf.frontpage.FrontPage.write(db, build, manifest, version, options.outputDir());
        if (collector.failures.isEmpty()) {
            Unchanged.record(options.outputDir(), key, stamp, data, startedAt, manifest, report);
        }
        return new Result(year, collector.published.size(), collector.failures, report, removed);
    }

    /** Nothing changed since the last build: say so document by document, keep every file. */
    private Result unchanged(ReportingYear year, Unchanged.Memory memory, Instant startedAt) throws IOException {
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
        Path file = options.outputDir().resolve(BuildReport.FILE_NAME);
        AtomicFiles.write(file, false, out -> out.write(report));
        // Read back only if asked: a quiet nightly no-op never needs the report as an object.
        return new Result(year, memory.published(), List.of(), new ReadOnce(file), List.of());
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
     * Keeps in the manifest what this build was not asked about (other kinds, other years, the board
     * pack when not rebuilt) while its files are still there, so the manifest always lists every
     * document in the output folder.
     */
    private static void keepOthers(Manifest before, String period, Set<String> folders, Publisher publisher,
            List<Manifest.Document> documents, List<Manifest.Failure> failures) {
        for (Manifest.Document d : before.documents()) {
            if (!inFolders(d.path(), period, folders) && publisher.exists(d.path())) {
                documents.add(d);
            }
        }
        if (before.period().equals(period)) {
            before.failures().stream().filter(f -> !folders.contains(f.kind())).forEach(failures::add);
        }
    }

    /**
     * A build of some formats ({@code --formats pdf}) leaves the other formats' files of the documents
     * it built where they are, listed with the data files this build wrote for the same document. Those
     * of documents this build did not publish (gone, or failed) are not kept, so they are removed.
     */
    private void keepOtherFormats(Manifest before, String period, Set<String> folders, Publisher publisher,
            List<Manifest.Document> documents) {
        Set<String> built = new HashSet<>();
        options.formats().forEach(f -> built.add(f.extension()));
        Map<String, Manifest.Document> published = byStem(documents);
        for (Manifest.Document d : before.documents()) {
            if (inFolders(d.path(), period, folders) && !built.contains(d.format()) && publisher.exists(d.path())) {
                Manifest.Document sibling = published.get(stem(d.path()));
                if (sibling != null) {
                    documents.add(d.withData(sibling.data()));
                }
            }
        }
    }

    private static Map<String, Manifest.Document> byStem(List<Manifest.Document> documents) {
        return documents.stream().collect(Collectors.toMap(d -> stem(d.path()), d -> d, (a, b) -> a));
    }

    private static String stem(String path) {
        return path.substring(0, path.lastIndexOf('.'));
    }

    private static boolean inFolders(String path, String period, Set<String> folders) {
        String[] parts = path.split("/", 3);
        return parts.length == 3 && parts[0].equals(period) && folders.contains(parts[1]);
    }

    private static List<String> prune(Publisher publisher, String period, Set<String> folders,
            List<Manifest.Document> documents) throws IOException {
        Set<String> keep = new HashSet<>();
        for (Manifest.Document d : documents) {
            keep.add(d.path());
            d.data().forEach(f -> keep.add(f.path()));
        }
        List<String> removed = new ArrayList<>();
        for (String folder : folders) {
            removed.addAll(publisher.prune(period, folder, keep));
        }
        return removed;
    }

    /**
     * The previous build's files by path, and what every fingerprint this build makes starts with: a
     * digest of qaf's own code, templates and libraries, and the version.
     */
    private record Previous(Map<String, Manifest.Document> byPath, String implementation) {
        Previous(List<Manifest.Document> documents, String implementation) {
            this(documents.stream().collect(Collectors.toMap(Manifest.Document::path, d -> d, (a, b) -> a)),
                    implementation);
        }

        /** The previous entry for {@code path} when it was made from the same inputs, else null. */
        Manifest.Document same(String path, String fingerprint) {
            Manifest.Document entry = byPath.get(path);
            return entry != null && fingerprint.equals(entry.fingerprint()) ? entry : null;
        }

        /**
         * A document's fingerprint: everything its files are made from. The rows it read while being
         * composed stand for the data; the kind, year and name for where and how it is drawn; the
         * implementation for the composers, audience rules, renderers, templates and libraries.
         */
        String fingerprint(String kind, String period, String name, String inputs) {
            MessageDigest digest = sha256();
            for (String part : List.of(implementation, kind, period, name, inputs)) {
                digest.update((part.length() + ":" + part + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        }
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

    /** A kind and the keys of its documents this year, listed up front so progress has a total. */
    private record Planned<K extends DocumentKey, D extends ReportDocument>(DocumentKind<K, D> kind, List<K> keys) {
    }

    /**
     * Every kind's keys. A kind that cannot even list its documents (its data out of any range it can
     * handle) fails alone, as one failure of the kind; the other kinds still build.
     */
    private List<Planned<?, ?>> plan(BuildContext build, Collector collector) {
        List<Planned<?, ?>> plan = new ArrayList<>();
        for (DocumentKind<?, ?> kind : kinds) {
            try {
                plan.add(planned(kind, build));
            } catch (RuntimeException e) {
                collector.failures.add(new Manifest.Failure(kind.id(), UNLISTED, "all", reason(e)));
                collector.entries.add(new BuildReport.Entry(kind.id(), UNLISTED, BuildReport.FAILED, List.of(), 0,
                        "all: " + reason(e)));
            }
        }
        return plan;
    }

    /** The name a failure carries when a kind could not list its documents. */
    static final String UNLISTED = "(the kind's documents could not be listed)";

    private <K extends DocumentKey, D extends ReportDocument> Planned<K, D> planned(DocumentKind<K, D> kind,
            BuildContext build) {
        return new Planned<>(kind, List.copyOf(kind.keys(db, build)));
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
     * Composes on this thread (the store has one connection) and renders on the pool. At most twice
     * as many documents as jobs are held at once, which bounds memory whatever the build's size. A
     * format whose previous file was made from the same fingerprint, and is intact, is kept.
     */
    private <K extends DocumentKey, D extends ReportDocument> void buildKind(Planned<K, D> planned,
            BuildContext build, RenderContext context, Publisher publisher, Previous previous, ExecutorService pool,
            Collector collector) {
        DocumentKind<K, D> kind = planned.kind();
        ReportingYear year = build.year();
        for (K key : planned.keys()) {
            long composeStart = System.nanoTime();
            D document;
            String fingerprint;
            List<Manifest.Document> kept = new ArrayList<>();
            List<Manifest.DataFile> data;
            try {
                try (Database.Reads reads = db.recordReads()) {
                    document = screen.screen(kind.id(), narrative.place(kind.id(), kind.compose(db, build, key)));
                    // A board or public document is made from the children too: the screen read them.
                    String children = document.meta().audience() == qaf.document.Audience.CASE ? ""
                            : "\n" + build.childrenFingerprint();
                    fingerprint = previous.fingerprint(kind.id(), year.start() + ".." + year.end(), document.name(),
                            build.fingerprint() + children + "\n" + reads.fingerprint());
                }
                if (!collector.claim(year.label() + "/" + kind.id() + "/" + document.name())) {
                    throw new IllegalStateException("another document of this build has the same file name,"
                            + " compared ignoring letter case: neither is published (refs must differ by more"
                            + " than case and punctuation)");
                }
                for (Format format : options.formats()) {
                    Manifest.Document same = previous.same(publisher.path(year.label(), document, format), fingerprint);
                    if (same != null && publisher.intact(same)) {
                        kept.add(same);
                    }
                }
                if (kept.size() == options.formats().size()) {
                    data = kept.get(0).data();
                } else {
                    data = publisher.publishData(year.label(), document);
                    // A kept format lists the data files as now written, whatever an earlier build wrote.
                    kept.replaceAll(k -> k.withData(data));
                }
            } catch (IOException | RuntimeException e) {
                // Queued like any document, so the log and report keep submission order.
                collector.add(new Pending(kind.id(), key.label(), System.nanoTime() - composeStart, List.of(),
                        new Manifest.Failure(kind.id(), key.label(), "all", reason(e))));
                collector.drainBeyond(2 * options.jobs());
                continue;
            }
            long composeNanos = System.nanoTime() - composeStart;
            List<Future<Outcome>> renders = new ArrayList<>();
            for (Format format : Format.values()) {
                Manifest.Document same = kept.stream().filter(d -> d.format().equals(format.extension()))
                        .findFirst().orElse(null);
                if (same != null) {
                    renders.add(CompletableFuture.completedFuture(new Outcome(format, same, null, 0, true)));
                } else if (options.formats().contains(format)) {
                    renders.add(pool.submit(() -> render(kind, document, format, data, year, context, publisher)
                            .withFingerprint(fingerprint)));
                }
            }
            collector.add(new Pending(kind.id(), document.name(), composeNanos, renders, null));
            collector.drainBeyond(2 * options.jobs());
        }
    }

    private static <D extends ReportDocument> Outcome render(DocumentKind<?, D> kind, D document, Format format,
            List<Manifest.DataFile> data, ReportingYear year, RenderContext context, Publisher publisher) {
        long start = System.nanoTime();
        try {
            Manifest.Document entry = publisher.publish(year.label(), document, format, kind.renderer(format), context);
            return new Outcome(format, entry.withData(data), null, System.nanoTime() - start, false);
        } catch (IOException | RuntimeException e) {
            return new Outcome(format, null,
                    new Manifest.Failure(kind.id(), document.name(), format.extension(), reason(e)),
                    System.nanoTime() - start, false);
        }
    }

    /**
     * Assembles the board pack from what this build published; a failure is recorded like any
     * document's and leaves no file. Its cover (contents by title, the partnership's cover paper from
     * {@code narrative/board-pack/}) is composed here, with the narrative placed and the privacy
     * screen applied as for any board document. Its fingerprint is the documents it holds (path and
     * checksum), its options and the rows its cover read: a pack whose inputs are all unchanged is kept.
     */
    private void buildBoardPack(BoardPack pack, BuildContext build, Previous previous, Publisher publisher,
            Collector collector) {
        long start = System.nanoTime();
        List<String> formats = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<Manifest.Document> documents = List.copyOf(collector.published);
        boolean allKept = true;
        List<String> coverRefs = null;
        qaf.document.BlockDocument cover = null;
        String coverReads = null;
        for (Format format : Format.values()) {
            if (!options.formats().contains(format)) {
                continue;
            }
            try {
                List<Manifest.Document> chosen;
                try (Database.Reads reads = db.recordReads()) {
                    List<qaf.analysis.evaluation.Evaluation> evaluations = qaf.store.EvaluationQueries
                            .year(db, build.year()).stream().map(e -> e.evaluation()).toList();
                    chosen = BoardPack.select(documents, options.include(), format, evaluations);
                    List<String> refs = chosen.stream().map(Manifest.Document::path)
                            .map(p -> p.substring(0, p.lastIndexOf('.'))).toList();
                    // Both formats normally hold the same documents: one cover, placed and screened once.
                    if (!refs.equals(coverRefs)) {
                        cover = screen.screen(BoardPack.KIND, narrative.place(BoardPack.KIND,
                                pack.cover(chosen, evaluations, build.asAt(), build.terms())));
                        coverRefs = refs;
                        coverReads = reads.fingerprint() + "\n" + build.childrenFingerprint();
                    }
                }
                StringBuilder inputs = new StringBuilder(String.join(",", options.include()));
                for (Manifest.Document d : chosen) {
                    inputs.append('\n').append(d.path()).append(' ').append(d.sha256()).append(' ').append(d.title());
                }
                inputs.append('\n').append(pack.partnershipName()).append('\n').append(coverReads);
                String fingerprint = previous.fingerprint(BoardPack.KIND, pack.period(), pack.name(), inputs.toString());
                Manifest.Document same = previous.same(pack.path(format), fingerprint);
                if (same != null && publisher.intact(same)) {
                    collector.published.add(same);
                } else {
                    collector.published.add(pack.publish(cover, chosen, format).withFingerprint(fingerprint));
                    allKept = false;
                }
                formats.add(format.extension());
            } catch (IOException | RuntimeException e) {
                collector.failures.add(new Manifest.Failure(BoardPack.KIND, pack.name(), format.extension(), reason(e)));
                errors.add(format.extension() + ": " + reason(e));
            }
        }
        String status = !errors.isEmpty() ? BuildReport.FAILED : allKept ? BuildReport.SKIPPED : BuildReport.BUILT;
        BuildReport.Entry entry = new BuildReport.Entry(BoardPack.KIND, pack.name(), status, formats,
                (System.nanoTime() - start) / 1_000_000, errors.isEmpty() ? null : String.join("; ", errors));
        collector.entries.add(entry);
        progress.documentDone(entry);
    }

    /** One format of one document: published (rendered, or kept as it was), or failed with its reason. */
    private record Outcome(Format format, Manifest.Document entry, Manifest.Failure failure, long nanos,
            boolean kept) {
        Outcome withFingerprint(String fingerprint) {
            return entry == null ? this : new Outcome(format, entry.withFingerprint(fingerprint), null, nanos, kept);
        }
    }

    /** A document whose formats are rendering, or that failed to compose (no renders, a failure). */
    private record Pending(String kind, String name, long composeNanos, List<Future<Outcome>> renders,
            Manifest.Failure composeFailure) {
    }

    /** Takes finished renders in submission order, so the log reads the same whatever the timing. */
    private final class Collector {
        final List<Manifest.Document> published = new ArrayList<>();
        final List<Manifest.Failure> failures = new ArrayList<>();
        final List<BuildReport.Entry> entries = new ArrayList<>();
        private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
        /** Every document's file stem claimed so far, case-folded (shared file systems ignore case). */
        private final Map<String, String> claimed = new java.util.HashMap<>();
        private final Set<String> collided = new HashSet<>();

        /**
         * Claims {@code period/kind/name} for one document; false if another document of the build has
         * claimed it (ignoring case), which makes both fail: the first when the renders are in.
         */
        boolean claim(String stem) {
            String folded = stem.toLowerCase(java.util.Locale.ROOT);
            if (claimed.putIfAbsent(folded, stem) == null) {
                return true;
            }
            collided.add(folded);
            return false;
        }

        /** The first documents of colliding names are unpublished too: their files go with the prune. */
        void failCollisions() {
            if (collided.isEmpty()) {
                return;
            }
            Set<String> names = new java.util.TreeSet<>();
            published.removeIf(d -> {
                String folded = stem(d.path()).toLowerCase(java.util.Locale.ROOT);
                if (collided.contains(folded)) {
                    names.add(d.kind() + "\u0000" + stem(d.path()).substring(stem(d.path()).lastIndexOf('/') + 1));
                    return true;
                }
                return false;
            });
            String why = "IllegalStateException: another document of this build has the same file name, compared"
                    + " ignoring letter case: neither is published";
            for (String n : names) {
                String[] kindAndName = n.split("\u0000", 2);
                failures.add(new Manifest.Failure(kindAndName[0], kindAndName[1], "all", why));
                entries.replaceAll(e -> e.kind().equals(kindAndName[0]) && e.name().equals(kindAndName[1])
                        ? new BuildReport.Entry(e.kind(), e.name(), BuildReport.FAILED, List.of(), e.durationMs(),
                                "all: " + why) : e);
            }
        }

        void add(Pending pending) {
            inFlight.addLast(pending);
        }

        void drainBeyond(int limit) {
            while (inFlight.size() > limit) {
                take(inFlight.removeFirst());
            }
        }

        void drainAll() {
            drainBeyond(0);
        }

        private void take(Pending pending) {
            List<String> formats = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            boolean allKept = !pending.renders().isEmpty();
            long nanos = pending.composeNanos();
            if (pending.composeFailure() != null) {
                failures.add(pending.composeFailure());
                errors.add("all: " + pending.composeFailure().reason());
            }
            for (Future<Outcome> future : pending.renders()) {
                Outcome outcome = await(future);
                nanos += outcome.nanos();
                allKept &= outcome.kept();
                if (outcome.entry() != null) {
                    published.add(outcome.entry());
                    formats.add(outcome.format().extension());
                } else {
                    failures.add(outcome.failure());
                    errors.add(outcome.format().extension() + ": " + outcome.failure().reason());
                }
            }
            String status = !errors.isEmpty() ? BuildReport.FAILED : allKept ? BuildReport.SKIPPED : BuildReport.BUILT;
            BuildReport.Entry entry = new BuildReport.Entry(pending.kind(), pending.name(), status, formats,
                    nanos / 1_000_000,
                    errors.isEmpty() ? null : String.join("; ", errors));
            entries.add(entry);
            progress.documentDone(entry);
        }
    }

    private static Outcome await(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } catch (ExecutionException e) {
            // render() catches what a document can throw; anything else (an Error) is the JVM's trouble.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a render task failed unexpectedly", e.getCause());
        }
    }

    private static Thread renderThread(Runnable task) {
        Thread thread = new Thread(task, "qaf-render");
        thread.setDaemon(true);
        return thread;
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
