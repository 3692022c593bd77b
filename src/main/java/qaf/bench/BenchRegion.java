package qaf.bench;

import qaf.ingest.RegionIngest;

import qaf.app.Versions;

import qaf.app.ExitCode;

import qaf.app.AppPaths;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qaf.pipeline.Build;
import qaf.pipeline.BuildProgress;
import qaf.generate.DatasetGenerator;
import qaf.ingest.Ingest;
import qaf.publish.BuildReport;
import qaf.render.Format;
import qaf.store.Database;
import qaf.store.RegionStore;

/**
 * The regional benchmark: generate N partnerships, ingest them into a region store, then build every
 * partnership (every kind, both formats) once per {@code --jobs} value, each time into a fresh
 * output folder, the way {@code qaf build --db REGION} does: one {@link Build} per partnership, in
 * code order. Reports wall time, documents/s, files and two heap figures, and where the time went
 * per kind.
 */
@Command(name = "region", mixinStandardHelpOptions = true,
        description = {"Generate N partnerships, ingest them into a region store, and build every partnership's"
                + " documents (every kind, pdf and docx) once per --jobs value, each into a fresh output folder.",
            "Reports wall time, documents/s, files, peak heap (sum of the heap pools' peaks: an upper bound,"
                + " garbage included) and peak heap after GC (the most the heap held just after a collection:"
                + " live data plus what the collector kept), and the time per document kind."})
final class BenchRegion implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--partnerships", defaultValue = "10", description = "Partnerships in the region (default: 10).")
    int partnerships;

    @Option(names = "--jobs-list", split = ",", defaultValue = "1,2", paramLabel = "N",
            description = "The --jobs values to build with, one full build each (default: 1,2).")
    List<Integer> jobsList;

    @Option(names = "--seed", defaultValue = "2018", description = "Generator seed (default: 2018).")
    long seed;

    @Option(names = "--warm-up", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "First build the first partnership once, untimed, so that the first timed build does not"
                    + " alone pay for loading templates and compiling hot code (default: on; --no-warm-up for a cold"
                    + " start, as a nightly run has).")
    boolean warmUp;

    @Option(names = "--rebuild", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "After the last full build, build every partnership again with nothing changed, as the next"
                    + " night would, and report that time (default: on).")
    boolean rebuild;

    @Option(names = "--every", defaultValue = "10", paramLabel = "N",
            description = "Print the running figures after every N partnerships of a timed build, so that the line from"
                    + " 10 to 150 partnerships shows whether the rate holds as the region grows (default: 10; 0: none).")
    int every;

    @Option(names = "--kinds-shown", defaultValue = "5", description = "Slowest kinds listed per build (default: 5).")
    int kindsShown;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (partnerships < 1 || jobsList.stream().anyMatch(j -> j < 1)) {
            spec.commandLine().getErr().println("qaf bench region: --partnerships and every --jobs-list value must be"
                    + " at least 1");
            return ExitCode.USAGE;
        }
        Path work = Files.createTempDirectory(AppPaths.fromSystem().home().resolve(".qaf"), "bench-region");
        try {
            long start = System.nanoTime();
            Path data = work.resolve("data");
            new DatasetGenerator(seed).write(data, partnerships);
            out.printf(Locale.UK, "generate: %d partnerships in %.1f s%n", partnerships, seconds(start));

            RegionStore region = new RegionStore(work.resolve("region"));
            start = System.nanoTime();
            long rows = 0;
            for (Path dataset : partnerships == 1 ? List.of(data) : RegionIngest.partnershipFolders(data)) {
                String code = Ingest.partnershipCode(dataset).code();
                try (Database db = Database.open(region.database(code))) {
                    rows += Ingest.ingest(dataset, db).rowsRead();
                }
            }
            double ingestSeconds = seconds(start);
            out.printf(Locale.UK, "ingest: %,d rows into %d databases in %.1f s (%,.0f rows/s)%n", rows,
                    region.codes().size(), ingestSeconds, rows / ingestSeconds);

            if (warmUp) {
                start = System.nanoTime();
                RegionStore first = new RegionStore(work.resolve("warm-up"));
                String code = region.codes().get(0);
                Files.createDirectories(first.dir());
                Files.copy(region.database(code), first.database(code));
                build(first, work.resolve("out-warm-up"), jobsList.get(0), new PrintWriter(PrintWriter.nullWriter()));
                out.printf(Locale.UK, "warm-up: partnership %s built once, untimed, in %.1f s%n", code, seconds(start));
            }
            List<Double> rates = new ArrayList<>();
            for (int i = 0; i < jobsList.size(); i++) {
                int jobs = jobsList.get(i);
                Path outDir = work.resolve("out-jobs-" + jobs);
                rates.add(build(region, outDir, jobs, out));
                if (rebuild && i == jobsList.size() - 1) {
                    rebuild(region, outDir, jobs, out);
                }
                BenchCommand.deleteTree(outDir);
            }
            if (rates.size() > 1) {
                out.printf(Locale.UK, "scaling: documents/s at --jobs %d is %.2f× that at --jobs %d%n",
                        jobsList.get(jobsList.size() - 1), rates.get(rates.size() - 1) / rates.get(0), jobsList.get(0));
            }
            return ExitCode.OK;
        } finally {
            BenchCommand.deleteTree(work);
        }
    }

    /** One full build of every partnership; returns documents per second. */
    private double build(RegionStore region, Path outDir, int jobs, PrintWriter out) throws IOException {
        Map<String, long[]> perKind = new TreeMap<>();
        int documents = 0;
        int failed = 0;
        int files = 0;
        List<String> failures = new ArrayList<>();
        BenchCommand.resetPeaks();
        long start;
        long afterGc;
        try (PeakAfterGc peakAfterGc = PeakAfterGc.start()) {
            start = System.nanoTime();
            RegionCheckpoints checkpoints = new RegionCheckpoints(every, start, out);
            for (String code : region.codes()) {
                Build.Result result = buildOne(region, code, outDir, jobs);
                documents += result.report().built();
                failed += result.report().failed();
                files += result.published();
                // Which and why (Build.reason: pointers, never data), so a failure at scale can be followed up.
                result.failures().forEach(f -> failures.add(code + " " + f.kind() + " " + f.name() + " "
                        + f.format() + ": " + f.reason()));
                for (BuildReport.Entry entry : result.report().documents()) {
                    long[] sum = perKind.computeIfAbsent(entry.kind(), k -> new long[2]);
                    sum[0]++;
                    sum[1] += entry.durationMs();
                }
                checkpoints.after(result.report().built() + result.report().failed());
            }
            afterGc = peakAfterGc.mib();
        }
        double seconds = seconds(start);
        double rate = (documents + failed) / seconds;
        out.printf(Locale.UK, "build --jobs %d: %d partnerships, %,d documents (%d failed), %,d files in %.1f s"
                        + " = %.2f documents/s; peak heap %d MiB, after GC %d MiB, of %d MiB max;"
                        + " machine load average %.1f on %d processors%n",
                jobs, region.codes().size(), documents + failed, failed, files, seconds, rate,
                BenchCommand.peakHeapMiB(), afterGc, Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        failures.forEach(f -> out.println("  failed: " + f));
        perKind.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(kindsShown)
                .forEach(e -> out.printf(Locale.UK, "  %-24s %5d documents, %7.1f s summed (%.0f ms each)%n",
                        e.getKey(), e.getValue()[0], e.getValue()[1] / 1000.0,
                        (double) e.getValue()[1] / e.getValue()[0]));
        return rate;
    }

    /** The nightly run after a night with no new returns: every partnership again, nothing changed. */
    private static void rebuild(RegionStore region, Path outDir, int jobs, PrintWriter out) throws IOException {
        int unchanged = 0;
        int built = 0;
        long start = System.nanoTime();
        for (String code : region.codes()) {
            Build.Result result = buildOne(region, code, outDir, jobs);
            unchanged += result.report().skipped();
            built += result.report().built() + result.report().failed();
        }
        double seconds = seconds(start);
        out.printf(Locale.UK, "rebuild --jobs %d, nothing changed: %d partnerships, %,d documents unchanged, %d built"
                        + " in %.1f s (%.0f ms a partnership)%n",
                jobs, region.codes().size(), unchanged, built, seconds, seconds * 1000 / region.codes().size());
    }

    /** One partnership's build into {@code <outDir>/<code>}, every kind and format, as a nightly run does. */
    private static Build.Result buildOne(RegionStore region, String code, Path outDir, int jobs) throws IOException {
        Build.Options options = new Build.Options(outDir.resolve(code), null, Set.of(), EnumSet.allOf(Format.class),
                jobs);
        try (Database db = Database.open(region.database(code))) {
            return new Build(db, options, Versions.current(), BuildProgress.SILENT, Clock.systemUTC()).run();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * The most heap in use just after any collection while it listens: what the collector could not
     * free, so live data (plus garbage it chose to keep), unlike pool peaks, which count garbage too.
     * Listens to every collector's notifications; the counter is this object's, not static.
     */
    private static final class PeakAfterGc implements NotificationListener, AutoCloseable {
        private final AtomicLong peakBytes = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();

        static PeakAfterGc start() {
            PeakAfterGc listener = new PeakAfterGc();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    listener.emitters.add(emitter);
                }
            }
            return listener;
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (isHeap(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            peakBytes.accumulateAndGet(used, Math::max);
        }

        /** The after-GC map names pools; only heap pools count (not Metaspace or the code cache). */
        private static boolean isHeap(String pool) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
        }

        long mib() {
            return peakBytes.get() >> 20;
        }

        @Override
        public void close() {
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(this);
                } catch (ListenerNotFoundException e) {
                    throw new IllegalStateException("the listener added in start() is gone", e);
                }
            }
        }
    }
}
