package qaf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import qaf.build.Build;
import qaf.publish.Manifest;
import qaf.render.Format;
import qaf.store.Database;

@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Composes, renders and publishes the documents of a reporting year as PDF and DOCX.",
            "Writes <out>/<period>/<kind>/<name>.<ext>, each document's tables as CSV in <name>.data/,"
                    + " and <out>/manifest.json last.",
            "On a fresh checkout the database is first created from sample-data/."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document was built", "1:internal error", "2:usage error",
            "4:some documents failed (the others were built; see the manifest's failures)"})
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", description = "Database file (default: data/qaf.db in the checkout, or $QAF_DB).")
    Path db;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/ in the checkout).")
    Path out;

    @Option(names = "--year", paramLabel = "YYYY-YY", description = "Reporting year, e.g. 2018-19 (default: the latest year with data).")
    String year;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND", description = "Only these document kinds, e.g. chronology.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT", description = "pdf, docx or both (default: both).")
    List<String> formats = List.of("pdf", "docx");

    @Option(names = "--jobs", paramLabel = "N",
            description = "Documents rendered at once (default: the number of processors). Output is the same for any N.")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--board-pack",
            description = "After the documents, assemble the board pack: one PDF and one DOCX of the year's board documents"
                    + " with a cover and contents (<out>/<period>/board-pack/).")
    boolean boardPack;

    @Option(names = "--include", split = ",", paramLabel = "KIND|NAME",
            description = "With --board-pack: the kinds or document names it holds, in order (default: the overviews,"
                    + " annual reports and action tracker). Case documents are never included.")
    List<String> include = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        AppPaths paths = AppPaths.fromSystem();
        Path dbFile = paths.database(db, System.getenv());
        Path outDir = (out == null ? paths.output() : out).toAbsolutePath().normalize();
        Build.Options options;
        try {
            options = new Build.Options(outDir, year, new LinkedHashSet<>(kinds), formats(), jobs, boardPack, include);
            qaf.build.DocumentKinds.select(options.kinds());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Database.hasData(dbFile)) {
            stdout.println("No database with data at " + dbFile + ": creating it from the sample data in "
                    + paths.sampleData() + " first.");
            int code = DatasetLoading.load(paths.sampleData(), dbFile, true, stdout, spec.commandLine().getErr());
            if (code != ExitCode.OK) {
                return code;
            }
        }
        try (Database database = Database.open(dbFile)) {
            Build.Result result = new Build(database, options, Versions.current(), stdout).run();
            stdout.printf(Locale.UK, "%s: %d files published to %s, %d failed; manifest %s%n",
                    result.year().label(), result.published(), outDir, result.failures().size(),
                    outDir.resolve(Manifest.FILE_NAME));
            return result.failed() ? ExitCode.SOME_DOCUMENTS_FAILED : ExitCode.OK;
        } catch (java.time.format.DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--year " + year + ": " + e.getMessage());
        }
    }

    private Set<Format> formats() {
        Set<Format> set = EnumSet.noneOf(Format.class);
        for (String f : formats) {
            String id = f.strip().toLowerCase(Locale.ROOT);
            set.add(switch (id) {
                case "pdf" -> Format.PDF;
                case "docx" -> Format.DOCX;
                default -> throw new IllegalArgumentException("unknown format '" + f + "'; choose pdf, docx or both");
            });
        }
        return set;
    }
}
