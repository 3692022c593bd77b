package qaf.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import qaf.boardpack.BoardPack;
import qaf.calendar.ReportingYear;
import qaf.publish.AtomicFiles;
import qaf.publish.BuildReport;
import qaf.publish.Manifest;
import qaf.publish.Publisher;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.report.ReportDocument;
import qaf.store.Database;
import qaf.store.PartnershipQueries;

/**
 * The build: sweep a killed build's leftovers → list the documents → for each document: compose →
 * render each format → publish → write the manifest → write the build report. One document's failure
 * is recorded and the others still build.
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
    public record Options(Path outputDir, String year, Set<String> kinds, Set<Format> formats, int jobs,
            boolean boardPack, List<String> include) {
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

        /** A build without the board pack. */
        public Options(Path outputDir, String year, Set<String> kinds, Set<Format> formats, int jobs) {
            this(outputDir, year, kinds, formats, jobs, false, List.of());
        }
    }

    /** What happened; the exit code follows from the failures. */
    public record Result(ReportingYear year, int published, List<Manifest.Failure> failures, BuildReport report) {
        public boolean failed() {
            return !failures.isEmpty();
        }
    }

    private final Database db;
    private final List<DocumentKind<?>> kinds;
    private final Options options;
    private final String version;
    private final BuildProgress progress;
    private final Clock clock;

    /**
     * Builds the catalogue's kinds named in the options.
     *
     * @param clock only for the build report's start time and durations; documents never see it
     */
    public Build(Database db, Options options, String version, BuildProgress progress, Clock clock) {
        this(db, DocumentKinds.select(options.kinds()), options, version, progress, clock);
    }

    /** Builds the given kinds; tests pass their own to prove the failure policy. */
    Build(Database db, List<DocumentKind<?>> kinds, Options options, String version, BuildProgress progress,
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
        AtomicFiles.sweep(options.outputDir());
        PartnershipQueries.Partnership partnership = PartnershipQueries.partnership(db);
        ReportingYear year = options.year() == null
                ? PartnershipQueries.latestYear(db, partnership.yearStartMonth())
                : ReportingYear.parse(options.year(), partnership.yearStartMonth());
        // The document date comes from the data, never the wall clock: same database, same bytes.
        RenderContext context = new RenderContext(year.end().atStartOfDay(ZoneOffset.UTC).toInstant(), "qaf " + version);
        List<Planned<?>> plan = plan(year);
        progress.started(plan.stream().mapToInt(p -> p.keys().size()).sum() + (options.boardPack() ? 1 : 0));
        Publisher publisher = new Publisher(options.outputDir());
        Collector collector = new Collector();
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), Build::renderThread);
        try {
            for (Planned<?> planned : plan) {
                progress.kindStarted(planned.kind().id());
                buildKind(planned, year, context, publisher, pool, collector);
            }
            collector.drainAll();
        } finally {
            pool.shutdownNow();
        }
        if (options.boardPack()) {
            buildBoardPack(new BoardPack(options.outputDir(), partnership.name(), year.label(), context), collector);
        }
        new Manifest("qaf", version, PartnershipQueries.fingerprint(db), year.label(), collector.published,
                collector.failures).writeTo(options.outputDir());
        BuildReport report = report(year, startedAt, collector.entries);
        report.writeTo(options.outputDir());
        return new Result(year, collector.published.size(), collector.failures, report);
    }

    /** A kind and the keys of its documents this year, listed up front so progress has a total. */
    private record Planned<D extends ReportDocument>(DocumentKind<D> kind, List<String> keys) {
    }

    private List<Planned<?>> plan(ReportingYear year) {
        List<Planned<?>> plan = new ArrayList<>();
        for (DocumentKind<?> kind : kinds) {
            plan.add(planned(kind, year));
        }
        return plan;
    }

    private <D extends ReportDocument> Planned<D> planned(DocumentKind<D> kind, ReportingYear year) {
        return new Planned<>(kind, List.copyOf(kind.keys(db, year)));
    }

    private BuildReport report(ReportingYear year, Instant startedAt, List<BuildReport.Entry> entries) {
        int failed = (int) entries.stream().filter(BuildReport.Entry::failed).count();
        long durationMs = Math.max(0, Duration.between(startedAt, clock.instant()).toMillis());
        return new BuildReport("qaf", version, year.label(), startedAt.toString(), durationMs,
                entries.size() - failed, failed, entries);
    }

    /**
     * Composes on this thread (the store has one connection) and renders on the pool. At most twice
     * as many documents as jobs are held at once, which bounds memory whatever the build's size.
     */
    private <D extends ReportDocument> void buildKind(Planned<D> planned, ReportingYear year, RenderContext context,
            Publisher publisher, ExecutorService pool, Collector collector) {
        DocumentKind<D> kind = planned.kind();
        for (String key : planned.keys()) {
            long composeStart = System.nanoTime();
            D document;
            List<Manifest.DataFile> data;
            try {
                document = kind.compose(db, year, key);
                data = publisher.publishData(year.label(), document);
            } catch (IOException | RuntimeException e) {
                // Queued like any document, so the log and report keep submission order.
                collector.add(new Pending(kind.id(), key, System.nanoTime() - composeStart, List.of(),
                        new Manifest.Failure(kind.id(), key, "all", reason(e))));
                collector.drainBeyond(2 * options.jobs());
                continue;
            }
            long composeNanos = System.nanoTime() - composeStart;
            List<Future<Outcome>> renders = new ArrayList<>();
            for (Format format : Format.values()) {
                if (options.formats().contains(format)) {
                    renders.add(pool.submit(() -> render(kind, document, format, data, year, context, publisher)));
                }
            }
            collector.add(new Pending(kind.id(), document.name(), composeNanos, renders, null));
            collector.drainBeyond(2 * options.jobs());
        }
    }

    private static <D extends ReportDocument> Outcome render(DocumentKind<D> kind, D document, Format format,
            List<Manifest.DataFile> data, ReportingYear year, RenderContext context, Publisher publisher) {
        long start = System.nanoTime();
        try {
            Manifest.Document entry = publisher.publish(year.label(), document, format, kind.renderer(format), context);
            return new Outcome(format, withData(entry, data), null, System.nanoTime() - start);
        } catch (IOException | RuntimeException e) {
            return new Outcome(format, null,
                    new Manifest.Failure(kind.id(), document.name(), format.extension(), reason(e)),
                    System.nanoTime() - start);
        }
    }

    /**
     * Assembles the board pack from what this build published; a failure is recorded like any
     * document's and leaves no file.
     */
    private void buildBoardPack(BoardPack pack, Collector collector) {
        long start = System.nanoTime();
        List<String> formats = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Format format : Format.values()) {
            if (!options.formats().contains(format)) {
                continue;
            }
            try {
                collector.published.add(pack.publish(List.copyOf(collector.published), options.include(), format));
                formats.add(format.extension());
            } catch (IOException | RuntimeException e) {
                collector.failures.add(new Manifest.Failure(BoardPack.KIND, pack.name(), format.extension(), reason(e)));
                errors.add(format.extension() + ": " + reason(e));
            }
        }
        BuildReport.Entry entry = new BuildReport.Entry(BoardPack.KIND, pack.name(),
                errors.isEmpty() ? BuildReport.BUILT : BuildReport.FAILED, formats,
                (System.nanoTime() - start) / 1_000_000, errors.isEmpty() ? null : String.join("; ", errors));
        collector.entries.add(entry);
        progress.documentDone(entry);
    }

    /** One format of one document: published, or failed with its reason. */
    private record Outcome(Format format, Manifest.Document entry, Manifest.Failure failure, long nanos) {
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
            long nanos = pending.composeNanos();
            if (pending.composeFailure() != null) {
                failures.add(pending.composeFailure());
                errors.add("all: " + pending.composeFailure().reason());
            }
            for (Future<Outcome> future : pending.renders()) {
                Outcome outcome = await(future);
                nanos += outcome.nanos();
                if (outcome.entry() != null) {
                    published.add(outcome.entry());
                    formats.add(outcome.format().extension());
                } else {
                    failures.add(outcome.failure());
                    errors.add(outcome.format().extension() + ": " + outcome.failure().reason());
                }
            }
            BuildReport.Entry entry = new BuildReport.Entry(pending.kind(), pending.name(),
                    errors.isEmpty() ? BuildReport.BUILT : BuildReport.FAILED, formats, nanos / 1_000_000,
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

    private static Manifest.Document withData(Manifest.Document d, List<Manifest.DataFile> data) {
        return new Manifest.Document(d.kind(), d.title(), d.audience(), d.format(), d.path(), d.sha256(), d.bytes(),
                d.pages(), d.refs(), data);
    }

    /**
     * The failure as the manifest and log show it. Only the exception's type and qaf's own message:
     * a library's message may quote document text, and logs never hold personal data.
     */
    static String reason(Throwable e) {
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
