package qaf.bench;

import qaf.ingest.IngestResult;

import qaf.ingest.Ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import qaf.store.Database;

/**
 * Measures the ingest: {@code IngestBenchmark DIR} ingests a dataset folder into a fresh database;
 * {@code IngestBenchmark --rows N} first writes a synthetic dataset of N chronology entries. Both
 * ingest twice, the second time finding every row unchanged, and print rows, seconds and rows/s.
 * Not a test: timings depend on the machine.
 */
public final class IngestBenchmark {
    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "qaf-bench");
        try {
            Path dataset;
            if (args.length == 2 && args[0].equals("--rows")) {
                dataset = work.resolve("dataset");
                SyntheticChronology.write(dataset, Integer.parseInt(args[1]), 42, 0);
            } else if (args.length == 1) {
                dataset = Path.of(args[0]);
            } else {
                System.err.println("usage: IngestBenchmark DIR | --rows N");
                System.exit(2);
                return;
            }
            try (Database db = Database.open(work.resolve("bench.db"))) {
                for (String pass : new String[] {"first ingest", "same again"}) {
                    long start = System.nanoTime();
                    IngestResult result = Ingest.ingest(dataset, db);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.UK, "%-13s rows %,9d  inserted %,9d  unchanged %,9d  %7.2f s  %,9.0f rows/s%n",
                            pass, result.rowsRead(), result.inserted(), result.unchanged(), seconds,
                            result.rowsRead() / seconds);
                }
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.UK, "heap max %d MiB, database %,d bytes%n", rt.maxMemory() >> 20,
                    Files.size(work.resolve("bench.db")));
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
