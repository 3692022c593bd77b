package qaf.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import qaf.app.AppPaths;
import qaf.app.ExitCode;
import qaf.calendar.ReportingYear;
import qaf.ingest.FreeTextColumns;
import qaf.kind.BuildContext;
import qaf.privacy.ChildMatcher;
import qaf.publish.Manifest;
import qaf.scan.OutputScan;
import qaf.store.ChildQueries;
import qaf.store.Database;
import qaf.store.PartnershipQueries;
import qaf.store.RegionStore;

/** {@code qaf privacy-scan OUT}: reads a built folder as an outsider would and looks for every child in it. */
@Command(
        name = "privacy-scan",
        mixinStandardHelpOptions = true,
        description = {
            "Looks for every child of the database — names and dates of birth, written any way — in every board"
                    + " and public file of a built output folder: each PDF's text, document information, XMP"
                    + " metadata, bookmarks and alt text; each DOCX's body, headers, footers, properties and alt"
                    + " text; each table's CSV. Case documents may name their child and are not read.",
            "Prints each finding by file and place (page, part and paragraph, CSV line and column) with the child"
                    + " ref and what was found (full name, given or family name, date of birth), never the text;"
                    + " below it, the dataset cell it was typed into (file, row key, column) or the candidates.",
            "With --db naming a region store folder, scans <OUT>/<CODE>/ against <CODE>.db for each partnership."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no child was found", "1:internal error",
            "2:usage error (no database, no manifest.json in OUT)",
            "6:a child was found outside case documents, or a listed file could not be read"})
final class PrivacyScanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "OUT",
            description = "The built output folder (default: output/ in the checkout).")
    Path out;

    @Option(names = "--db", paramLabel = "PATH", description = "The database whose children are looked for (default:"
            + " data/qaf.db in the checkout, or $QAF_DB), or a region store folder.")
    Path db;

    @Option(names = "--strict", description = "Also count a date of birth that is the date of one of the"
            + " partnership's records (an action due, an audit returned, a timetable deadline): by default such"
            + " dates are counted apart, because documents rightly print record dates and the two cannot be told apart in the text.")
    boolean strict;

    private PrintWriter stdout;

    @Override
    public Integer call() {
        stdout = spec.commandLine().getOut();
        AppPaths paths = AppPaths.fromSystem();
        Path dbPath = paths.database(db, System.getenv());
        Path outDir = (out == null ? paths.output() : out).toAbsolutePath().normalize();
        if (Files.isDirectory(dbPath)) {
            return scanRegion(new RegionStore(dbPath), outDir);
        }
        if (!Files.isRegularFile(dbPath)) {
            throw new ParameterException(spec.commandLine(), "no database at " + dbPath + ": give --db the database"
                    + " the folder was built from");
        }
        Manifest manifest = Manifest.read(outDir).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no readable " + Manifest.FILE_NAME + " in " + outDir + ": give the folder a build wrote"));
        OutputScan.Result result = scan(dbPath, outDir, manifest, "");
        return result.clean() ? ExitCode.OK : ExitCode.PRIVACY_FINDINGS;
    }

    private int scanRegion(RegionStore region, Path outDir) {
        List<String> codes = region.codes();
        if (codes.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--db " + region.dir() + " is a folder, so a region store,"
                    + " but it holds no partnership database (<CODE>.db)");
        }
        boolean clean = true;
        int scanned = 0;
        for (String code : codes) {
            Optional<Manifest> manifest = Manifest.read(outDir.resolve(code));
            if (manifest.isEmpty()) {
                stdout.println(code + ": no " + Manifest.FILE_NAME + " in " + outDir.resolve(code) + " (not built?):"
                        + " nothing to scan");
                continue;
            }
            scanned++;
            clean &= scan(region.database(code), outDir.resolve(code), manifest.get(), code + "/").clean();
        }
        if (scanned == 0) {
            throw new ParameterException(spec.commandLine(), "no partnership of " + region.dir() + " has a "
                    + Manifest.FILE_NAME + " under " + outDir + ": give the folder a region build wrote");
        }
        return clean ? ExitCode.OK : ExitCode.PRIVACY_FINDINGS;
    }

    private OutputScan.Result scan(Path dbFile, Path outDir, Manifest manifest, String prefix) {
        try (Database database = Database.open(dbFile, AppPaths.fromSystem().nativeLibraries())) {
            ChildMatcher matcher = ChildMatcher.of(ChildQueries.identities(database),
                    ChildQueries.professionals(database));
            Set<String> birthdaysOnRecordDates = strict ? Set.of()
                    : BuildContext.birthdaysOnRecordDates(database, period(manifest, outDir, database));
            // The store's free text is screened only if something is found, to say where it was typed.
            OutputScan.Result result = new OutputScan(outDir, matcher, birthdaysOnRecordDates,
                    () -> FreeTextColumns.screen(database, matcher)).scan(manifest);
            print(result, prefix, matcher.childCount());
            return result;
        }
    }

    /** The reporting year the folder was built for, from its manifest. */
    private ReportingYear period(Manifest manifest, Path outDir, Database database) {
        int startMonth = PartnershipQueries.partnership(database).yearStartMonth();
        try {
            return ReportingYear.parse(String.valueOf(manifest.period()), startMonth);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "the " + Manifest.FILE_NAME + " in " + outDir
                    + " names no reporting year (like 2018-19) as its period: give the folder a build wrote");
        }
    }

    private void print(OutputScan.Result result, String prefix, int children) {
        String file = null;
        Set<String> filesWithFindings = new HashSet<>();
        for (OutputScan.Finding f : result.findings()) {
            if (!f.file().equals(file)) {
                file = f.file();
                stdout.println(prefix + file);
            }
            filesWithFindings.add(f.file());
            stdout.println("  " + f.format());
            stdout.println("    " + f.source());
        }
        for (OutputScan.Unreadable u : result.unreadable()) {
            stdout.println(prefix + u.file() + ": NOT SCANNED: " + u.reason());
        }
        if (result.notCounted() > 0) {
            stdout.printf(Locale.UK, "%snote: %d date%s equal to a date of birth (of %s) and to the date of a record were"
                            + " not counted; --strict counts them%n", prefix, result.notCounted(),
                    result.notCounted() == 1 ? "" : "s", String.join(", ", result.notCountedChildren()));
        }
        stdout.printf(Locale.UK, "%sprivacy-scan: %s in %d of %d files scanned (board and public; %d case files not"
                        + " read), %d children looked for%s%n", prefix,
                result.findings().isEmpty() ? "no child found" : result.findings().size() + " finding"
                        + (result.findings().size() == 1 ? "" : "s"),
                filesWithFindings.size(), result.filesScanned(), result.caseFilesSkipped(), children,
                result.unreadable().isEmpty() ? "" : "; " + result.unreadable().size() + " files could not be read");
    }
}
