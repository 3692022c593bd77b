package qaf.cli;

import qaf.app.ExitCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qaf.generate.DatasetGenerator;

/** {@code qaf generate}: writes synthetic datasets in the import contract, then lists what it wrote. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic dataset (invented partnership, agencies and children) in the CSV import"
                + " contract.", "With --partnerships N > 1, writes one dataset per subfolder partnership-01, …"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into.")
    private Path out;

    @Option(names = "--partnerships", defaultValue = "1", paramLabel = "N",
            description = "Number of partnerships (default: ${DEFAULT-VALUE}).")
    private int partnerships;

    @Option(names = "--seed", defaultValue = "2018", paramLabel = "S",
            description = "Random seed; the same seed writes identical files (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--sample", description = "Write the sample partnership (the committed sample-data/).")
    private boolean sample;

    @Option(names = "--force", description = "Write even if DIR is not empty (files of the same name are replaced).")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (partnerships < 1) {
            err.println("qaf generate: --partnerships must be at least 1");
            return ExitCode.USAGE;
        }
        if (sample && partnerships != 1) {
            err.println("qaf generate: --sample writes one partnership; leave out --partnerships");
            return ExitCode.USAGE;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("qaf generate: " + out + " is a file, not a folder");
            return ExitCode.USAGE;
        }
        if (!force && isNonEmptyDirectory(out)) {
            err.println("qaf generate: " + out + " is not empty; choose an empty folder or add --force");
            return ExitCode.USAGE;
        }
        DatasetGenerator generator = new DatasetGenerator(seed);
        if (sample) {
            generator.writeSample(out);
        } else {
            generator.write(out, partnerships);
        }
        report(stdout);
        return ExitCode.OK;
    }

    private static boolean isNonEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Lists every CSV file written with its row count (header excluded), read back from disk. */
    private void report(PrintWriter stdout) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + out, e);
        }
        long total = 0;
        for (Path file : files) {
            long rows = rows(file);
            total += rows;
            stdout.printf("%-48s %8d%n", out.relativize(file).toString(), rows);
        }
        stdout.printf("wrote %d files, %d rows, to %s%n", files.size(), total, out);
    }

    private static long rows(Path file) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.stream().count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back " + file, e);
        }
    }
}
