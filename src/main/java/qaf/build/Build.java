package qaf.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
import qaf.publish.Manifest;
import qaf.publish.Publisher;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.report.ReportDocument;
import qaf.store.Database;
import qaf.store.PartnershipQueries;

/**
 * The build: open store → for each document: compose → render each format → publish → write the
 * manifest. One document's failure is recorded and the others still build.
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
    public record Result(ReportingYear year, int published, List<Manifest.Failure> failures) {
        public boolean failed() {
            return !failures.isEmpty();
        }
    }

    private final Database db;
    private final List<DocumentKind<?>> kinds;
    private final Options options;
    private final String version;
    private final PrintWriter log;

    /** Builds the catalogue's kinds named in the options. */
    public Build(Database db, Options options, String version, PrintWriter log) {
        this(db, DocumentKinds.select(options.kinds()), options, version, log);
    }

    /** Builds the given kinds; tests pass their own to prove the failure policy. */
    Build(Database db, List<DocumentKind<?>> kinds, Options options, String version, PrintWriter log) {
        this.db = db;
        this.kinds = List.copyOf(kinds);
        this.options = options;
        this.version = version;
        this.log = log;
    }

    public Result run() throws IOException {
        PartnershipQueries.Partnership partnership = PartnershipQueries.partnership(db);
        ReportingYear year = options.year() == null
                ? PartnershipQueries.latestYear(db, partnership.yearStartMonth())
                : ReportingYear.parse(options.year(), partnership.yearStartMonth());
        // The document date comes from the data, never the wall clock: same database, same bytes.
        RenderContext context = new RenderContext(year.end().atStartOfDay(ZoneOffset.UTC).toInstant(), "qaf " + version);
        Publisher publisher = new Publisher(options.outputDir());
        Collector collector = new Collector();
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), Build::renderThread);
        try {
            for (DocumentKind<?> kind : kinds) {
                buildKind(kind, year, context, publisher, pool, collector);
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
        return new Result(year, collector.published.size(), collector.failures);
    }

    /**
     * Composes on this thread (the store has one connection) and renders on the pool. At most twice
     * as many documents as jobs are held at once, which bounds memory whatever the build's size.
     */
    private <D extends ReportDocument> void buildKind(DocumentKind<D> kind, ReportingYear year, RenderContext context,
            Publisher publisher, ExecutorService pool, Collector collector) {
        for (String key : kind.keys(db, year)) {
            D document;
            List<Manifest.DataFile> data;
            try {
                document = kind.compose(db, year, key);
                data = publisher.publishData(year.label(), document);
            } catch (IOException | RuntimeException e) {
                collector.failures.add(new Manifest.Failure(kind.id(), key, "all", reason(e)));
                log.println("FAILED " + kind.id() + " " + key + ": " + reason(e));
                continue;
            }
            List<Future<Outcome>> renders = new ArrayList<>();
            for (Format format : Format.values()) {
                if (options.formats().contains(format)) {
                    renders.add(pool.submit(() -> render(kind, document, format, data, year, context, publisher)));
                }
            }
            collector.add(new Pending(kind.id() + "/" + document.name(), renders));
            collector.drainBeyond(2 * options.jobs());
        }
    }

    private static <D extends ReportDocument> Outcome render(DocumentKind<D> kind, D document, Format format,
            List<Manifest.DataFile> data, ReportingYear year, RenderContext context, Publisher publisher) {
        try {
            Manifest.Document entry = publisher.publish(year.label(), document, format, kind.renderer(format), context);
            return new Outcome(format, withData(entry, data), null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(format, null,
                    new Manifest.Failure(kind.id(), document.name(), format.extension(), reason(e)));
        }
    }

    /**
     * Assembles the board pack from what this build published; a failure is recorded like any
     * document's and leaves no file.
     */
    private void buildBoardPack(BoardPack pack, Collector collector) {
        for (Format format : Format.values()) {
            if (!options.formats().contains(format)) {
                continue;
            }
            try {
                collector.published.add(pack.publish(List.copyOf(collector.published), options.include(), format));
                log.println("built " + BoardPack.KIND + "/" + pack.name() + " (" + format.extension() + ")");
            } catch (IOException | RuntimeException e) {
                collector.failures.add(new Manifest.Failure(BoardPack.KIND, pack.name(), format.extension(), reason(e)));
                log.println("FAILED " + BoardPack.KIND + "/" + pack.name() + " (" + format.extension() + "): "
                        + reason(e));
            }
        }
    }

    /** One format of one document: published, or failed with its reason. */
    private record Outcome(Format format, Manifest.Document entry, Manifest.Failure failure) {
    }

    /** A document whose formats are rendering. */
    private record Pending(String label, List<Future<Outcome>> renders) {
    }

    /** Takes finished renders in submission order, so the log reads the same whatever the timing. */
    private final class Collector {
        final List<Manifest.Document> published = new ArrayList<>();
        final List<Manifest.Failure> failures = new ArrayList<>();
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
            for (Future<Outcome> future : pending.renders()) {
                Outcome outcome = await(future);
                if (outcome.entry() != null) {
                    published.add(outcome.entry());
                    formats.add(outcome.format().extension());
                } else {
                    failures.add(outcome.failure());
                    log.println("FAILED " + pending.label() + " (" + outcome.format().extension() + "): "
                            + outcome.failure().reason());
                }
            }
            if (!formats.isEmpty()) {
                log.println("built " + pending.label() + " (" + String.join(", ", formats) + ")");
            }
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
