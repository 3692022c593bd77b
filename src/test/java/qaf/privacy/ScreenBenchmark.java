package qaf.privacy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import qaf.calendar.StrictDates;
import qaf.generate.DatasetGenerator;
import qaf.ingest.FreeTextColumns;

/**
 * The screen's cost on generated data: every free-text cell of a region of invented partnerships
 * (about 42 children each), screened against all their children. A measurement, not a test: run
 * {@code java -cp target/test-classes:target/classes:target/lib/* qaf.privacy.ScreenBenchmark
 * [partnerships] [cells] [runs]} after {@code mvn test-compile}. {@link ScreenBenchmarkTest} runs it
 * small so that it keeps working.
 */
final class ScreenBenchmark {
    record Result(int children, int cells, long characters, long buildNanos, long findNanos, long replaceNanos,
            int hits) {
        String format() {
            return String.format(Locale.UK, "%,d children, %,d free-text cells (%,d characters): matcher built in %.1f ms;"
                            + " find over every cell %.0f ms (%.1f µs a cell); board replacement %.0f ms; %,d hits",
                    children, cells, characters, buildNanos / 1e6, findNanos / 1e6, findNanos / 1e3 / cells,
                    replaceNanos / 1e6, hits);
        }
    }

    private ScreenBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int partnerships = args.length > 0 ? Integer.parseInt(args[0]) : 24;
        int cells = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dir = Files.createTempDirectory("qaf-screen-bench");
        System.out.println(run(dir, partnerships, cells, runs).format() + " (median of " + runs + " runs)");
    }

    static Result run(Path dir, int partnerships, int maxCells, int runs) throws IOException {
        new DatasetGenerator(2018).write(dir, partnerships);
        List<ChildIdentity> children = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<Path> datasets;
        try (Stream<Path> list = Files.list(dir)) {
            datasets = partnerships == 1 ? List.of(dir) : list.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dataset : datasets) {
            for (CSVRecord r : rows(dataset.resolve("children.csv"))) {
                children.add(new ChildIdentity(r.get("child_ref"), r.get("given_name"), r.get("family_name"),
                        StrictDates.parse(r.get("date_of_birth")), r.get("pseudonym").isEmpty() ? "Child"
                                : r.get("pseudonym")));
            }
        }
        // Round-robin over the partnerships so that a cut at maxCells takes text from all of them.
        List<List<String>> perDataset = new ArrayList<>();
        for (Path dataset : datasets) {
            perDataset.add(freeText(dataset));
        }
        for (int i = 0; texts.size() < maxCells; i++) {
            boolean any = false;
            for (List<String> cells : perDataset) {
                if (i < cells.size() && texts.size() < maxCells) {
                    texts.add(cells.get(i));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        long characters = texts.stream().mapToLong(String::length).sum();
        long[] build = new long[runs];
        long[] find = new long[runs];
        long[] replace = new long[runs];
        int hits = 0;
        LocalDate asAt = LocalDate.of(2019, 3, 31);
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            ChildMatcher matcher = ChildMatcher.of(children);
            long t1 = System.nanoTime();
            int[] found = {0};
            for (String text : texts) {
                matcher.find(text, h -> found[0]++);
            }
            long t2 = System.nanoTime();
            for (String text : texts) {
                matcher.replaceForBoard(text, asAt, h -> { });
            }
            long t3 = System.nanoTime();
            build[run] = t1 - t0;
            find[run] = t2 - t1;
            replace[run] = t3 - t2;
            hits = found[0];
        }
        return new Result(children.size(), texts.size(), characters, median(build), median(find), median(replace), hits);
    }

    private static List<String> freeText(Path dataset) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Map.Entry<String, List<String>> file : FreeTextColumns.byFile().entrySet()) {
            Path csv = dataset.resolve(file.getKey());
            if (!Files.exists(csv)) {
                continue;
            }
            for (CSVRecord row : rows(csv)) {
                for (String column : file.getValue()) {
                    if (row.isMapped(column) && !row.get(column).isEmpty()) {
                        texts.add(row.get(column));
                    }
                }
            }
        }
        return texts;
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            return parser.getRecords();
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
