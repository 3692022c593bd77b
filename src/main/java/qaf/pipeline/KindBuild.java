package qaf.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import qaf.calendar.ReportingYear;
import qaf.document.ReportDocument;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKey;
import qaf.kind.DocumentKind;
import qaf.pipeline.Collector.Outcome;
import qaf.pipeline.Collector.Pending;
import qaf.publish.Manifest;
import qaf.publish.Publisher;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.store.Database;

/**
 * Builds the documents of one kind after another: composes each on this thread (the store has one
 * connection) and renders its formats on the pool. At most twice as many documents as jobs are held
 * at once, which bounds memory whatever the build's size. A format whose previous file was made from
 * the same fingerprint, and is intact, is kept.
 */
final class KindBuild {
    private final Database db;
    private final PrivacyScreen screen;
    private final NarrativeStep narrative;
    private final Set<Format> formats;
    private final int jobs;
    private final BuildContext build;
    private final RenderContext context;
    private final Publisher publisher;
    private final Previous previous;
    private final Collector collector;
    /** How many documents render at once: {@code jobs}, whatever the pool's size. */
    private final Semaphore renderSlots;

    KindBuild(Database db, PrivacyScreen screen, NarrativeStep narrative, Set<Format> formats, int jobs,
            BuildContext build, RenderContext context, Publisher publisher, Previous previous, Collector collector) {
        this.db = db;
        this.screen = screen;
        this.narrative = narrative;
        this.formats = formats;
        this.jobs = jobs;
        this.build = build;
        this.context = context;
        this.publisher = publisher;
        this.previous = previous;
        this.collector = collector;
        this.renderSlots = new Semaphore(jobs);
    }

    /**
     * Builds every planned kind's documents. {@code jobs} documents render at once; the pool has one
     * thread more, because a rendered file is then forced to disk (a cold sample build spends about
     * 1.9 s of its render threads waiting in some 1,200 fsyncs), and a thread waiting on the disk
     * gives its render slot to the next document instead of leaving a core idle.
     */
    void buildAll(List<Planned<?, ?>> plan, BuildProgress progress) {
        ExecutorService pool = Executors.newFixedThreadPool(jobs + 1, KindBuild::renderThread);
        try {
            for (Planned<?, ?> planned : plan) {
                progress.kindStarted(planned.kind().id());
                build(planned, pool);
            }
            collector.drainAll();
        } finally {
            pool.shutdownNow();
        }
    }

    private <K extends DocumentKey, D extends ReportDocument> void build(Planned<K, D> planned, ExecutorService pool) {
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
                for (Format format : formats) {
                    Manifest.Document same = previous.same(publisher.path(year.label(), document, format), fingerprint);
                    if (same != null && publisher.intact(same)) {
                        kept.add(same);
                    }
                }
                if (kept.size() == formats.size()) {
                    data = kept.get(0).data();
                } else {
                    data = publisher.publishData(year.label(), document);
                    // A kept format lists the data files as now written, whatever an earlier build wrote.
                    kept.replaceAll(k -> k.withData(data));
                }
            } catch (IOException | RuntimeException e) {
                // Queued like any document, so the log and report keep submission order.
                collector.add(new Pending(kind.id(), key.label(), System.nanoTime() - composeStart, List.of(),
                        new Manifest.Failure(kind.id(), key.label(), "all", Build.reason(e))));
                collector.drainBeyond(2 * jobs);
                continue;
            }
            long composeNanos = System.nanoTime() - composeStart;
            List<Future<Outcome>> renders = new ArrayList<>();
            for (Format format : Format.values()) {
                Manifest.Document same = kept.stream().filter(d -> d.format().equals(format.extension()))
                        .findFirst().orElse(null);
                if (same != null) {
                    renders.add(CompletableFuture.completedFuture(new Outcome(format, same, null, 0, true)));
                } else if (formats.contains(format)) {
                    renders.add(pool.submit(() -> render(kind, document, format, data, year, context, publisher,
                            renderSlots).withFingerprint(fingerprint)));
                }
            }
            collector.add(new Pending(kind.id(), document.name(), composeNanos, renders, null));
            collector.drainBeyond(2 * jobs);
        }
    }

    private static <D extends ReportDocument> Outcome render(DocumentKind<?, D> kind, D document, Format format,
            List<Manifest.DataFile> data, ReportingYear year, RenderContext context, Publisher publisher,
            Semaphore renderSlots) {
        long start = System.nanoTime();
        AtomicBoolean holding = new AtomicBoolean();
        Runnable release = () -> {
            if (holding.compareAndSet(true, false)) {
                renderSlots.release();
            }
        };
        try {
            renderSlots.acquire();
            holding.set(true);
            Manifest.Document entry = publisher.publish(year.label(), document, format, kind.renderer(format), context,
                    release);
            return new Outcome(format, entry.withData(data), null, System.nanoTime() - start, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(format, null, new Manifest.Failure(kind.id(), document.name(), format.extension(),
                    "the build was interrupted"), System.nanoTime() - start, false);
        } catch (IOException | RuntimeException e) {
            return new Outcome(format, null,
                    new Manifest.Failure(kind.id(), document.name(), format.extension(), Build.reason(e)),
                    System.nanoTime() - start, false);
        } finally {
            release.run();
        }
    }

    private static Thread renderThread(Runnable task) {
        Thread thread = new Thread(task, "qaf-render");
        thread.setDaemon(true);
        return thread;
    }
}
