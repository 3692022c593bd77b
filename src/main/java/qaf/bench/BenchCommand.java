package qaf.bench;

import qaf.app.AppPaths;

import qaf.app.ExitCode;



import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qaf.generate.DatasetGenerator;
import qaf.ingest.Ingest;
import qaf.ingest.IngestResult;
import qaf.store.Database;

/**
 * Benchmarks: performance targets are measured here, never in timed tests. Each prints what it did,
 * the wall time and the peak heap, so a figure in a note always comes with its command.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure performance (run with QAF_JAVA_OPTS=-Xmx512m ./qaf bench ... to check a heap limit).",
        subcommands = {BenchCommand.IngestBench.class, BenchChronology.class, BenchCommand.OverviewBench.class,
            BenchRegion.class, BenchReturns.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Generate N synthetic partnerships and ingest each into a fresh database; report rows/s.")
    static final class IngestBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--partnerships", defaultValue = "10", description = "How many partnerships (default: 10).")
        int partnerships;

        @Option(names = "--seed", defaultValue = "2018", description = "Generator seed (default: 2018).")
        long seed;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path work = Files.createTempDirectory(AppPaths.fromSystem().home().resolve(".qaf"), "bench-ingest");
            try {
                Path data = work.resolve("data");
                new DatasetGenerator(seed).write(data, partnerships);
                List<Path> datasets = new ArrayList<>();
                if (partnerships == 1) {
                    datasets.add(data);
                } else {
                    try (Stream<Path> dirs = Files.list(data)) {
                        dirs.filter(Files::isDirectory).sorted().forEach(datasets::add);
                    }
                }
                resetPeaks();
                long rows = 0;
                long start = System.nanoTime();
                for (Path dataset : datasets) {
                    try (Database db = Database.open(work.resolve(dataset.getFileName() + ".db"))) {
                        IngestResult result = Ingest.ingest(dataset, db);
                        rows += result.rowsRead();
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(Locale.UK, "ingest: %d partnerships, %,d rows in %.2f s = %,.0f rows/s;"
                                + " peak heap %d MiB of %d MiB max%n",
                        datasets.size(), rows, seconds, rows / seconds, peakHeapMiB(),
                        Runtime.getRuntime().maxMemory() >> 20);
                return ExitCode.OK;
            } finally {
                deleteTree(work);
            }
        }
    }

    @Command(name = "overview", mixinStandardHelpOptions = true,
            description = "Render an evaluation overview of N cases x M agencies in both formats; report the medians"
                    + " after the first document.")
    static final class OverviewBench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--cases", defaultValue = "7", description = "Cases (default: 7).")
        int cases;

        @Option(names = "--agencies", defaultValue = "25", description = "Agencies grading every case (default: 25).")
        int agencies;

        @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds (default: 5).")
        int rounds;

        @Override
        public Integer call() throws IOException {
            Path work = Files.createTempDirectory(AppPaths.fromSystem().home().resolve(".qaf"), "bench-overview");
            try {
                qaf.bench.OverviewBenchmark.run(cases, agencies, rounds, work, spec.commandLine().getOut());
                return ExitCode.OK;
            } finally {
                deleteTree(work);
            }
        }
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()}: an upper bound of live heap. */
    static long peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
