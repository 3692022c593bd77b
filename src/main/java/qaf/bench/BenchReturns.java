package qaf.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qaf.app.AppPaths;
import qaf.app.ExitCode;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.WorkingDays;
import qaf.ingest.Ingest;
import qaf.ingest.IngestResult;
import qaf.returns.ReturnsIssue;
import qaf.store.Database;

/**
 * {@code qaf bench returns}: an evaluation of C cases issued to A agencies, every chronology table
 * filled with R rows as an agency would (with POI), then ingested once as the returned workbooks and
 * once as the equivalent CSV files, each into a copy of the same database.
 */
@Command(name = "returns", mixinStandardHelpOptions = true,
        description = "Ingest the returned workbooks of a C-case evaluation from A agencies (C x A chronology tables"
                + " of R rows) and the same rows as CSV; report seconds and rows/s of each.")
final class BenchReturns implements Callable<Integer> {
    private static final String REF = "MACE-BENCH-1";
    private static final List<String> GIVEN = List.of("Ayesha", "Tanvir", "Zofia", "Oisín", "Renée", "Bilal", "Niamh");

    @Spec
    CommandSpec spec;

    @Option(names = "--cases", defaultValue = "7", description = "Cases (default: 7).")
    int cases;

    @Option(names = "--agencies", defaultValue = "25", description = "Agencies returning on every case (default: 25).")
    int agencies;

    @Option(names = "--rows", defaultValue = "100", description = "Chronology rows per table (default: 100).")
    int rows;

    @Override
    public Integer call() throws IOException, ReturnsIssue.NothingToIssue {
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = Files.createDirectories(AppPaths.fromSystem().home().resolve(".qaf"));
        Path work = Files.createTempDirectory(scratch, "bench-returns");
        try {
            Path base = Files.createDirectories(work.resolve("base"));
            writeBase(base);
            Path baseDb = work.resolve("base.db");
            Path issued = work.resolve("issued");
            try (Database db = Database.open(baseDb)) {
                Ingest.ingest(base, db);
                new ReturnsIssue(db, "Benchmark Safeguarding Partnership",
                        new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES)), LocalDate.of(2025, 9, 1), "bench")
                        .evaluation(REF, issued);
            }
            Path returns = Files.createDirectories(work.resolve("returns"));
            Path csv = Files.createDirectories(work.resolve("csv"));
            Files.copy(base.resolve("agencies.csv"), returns.resolve("agencies.csv"));
            Files.copy(base.resolve("agencies.csv"), csv.resolve("agencies.csv"));
            fill(issued, returns, csv);
            double csvSeconds = timed(csv, baseDb, work.resolve("csv.db"), out, "csv");
            double xlsxSeconds = timed(returns, baseDb, work.resolve("returns.db"), out, "workbooks");
            out.printf(Locale.UK, "workbooks take %.1f times as long as the same rows as CSV%n", xlsxSeconds / csvSeconds);
            return ExitCode.OK;
        } finally {
            BenchCommand.deleteTree(work);
        }
    }

    private double timed(Path dataset, Path baseDb, Path db, PrintWriter out, String label) throws IOException {
        Files.copy(baseDb, db, StandardCopyOption.REPLACE_EXISTING);
        BenchCommand.resetPeaks();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        IngestResult result;
        try (Database d = Database.open(db)) {
            result = Ingest.ingest(dataset, d);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        // CPU seconds beside the wall clock: on a shared machine the wall clock says more about the
        // other processes than about this one.
        out.printf(Locale.UK, "%-9s %,d rows (%,d inserted) in %.2f s = %,.0f rows/s (CPU %.2f s); peak heap %d MiB%n",
                label, result.rowsRead(), result.inserted(), seconds, result.rowsRead() / seconds, cpu,
                BenchCommand.peakHeapMiB());
        return seconds;
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private void writeBase(Path dir) throws IOException {
        write(dir, "partnership.csv", "name,short_name,area\nBenchmark Safeguarding Partnership,BSP,Benchmarkshire\n");
        StringBuilder a = new StringBuilder("code,name,sector\n");
        for (int i = 1; i <= agencies; i++) {
            a.append(agency(i)).append(",Agency ").append(i).append(',').append(i % 5 == 0 ? "health" : "other")
                    .append('\n');
        }
        write(dir, "agencies.csv", a.toString());
        StringBuilder children = new StringBuilder("child_ref,given_name,family_name,date_of_birth\n");
        StringBuilder caseRows = new StringBuilder("case_ref,child_ref,case_type,opened_on\n");
        StringBuilder links = new StringBuilder("evaluation_ref,case_ref\n");
        for (int c = 1; c <= cases; c++) {
            children.append("CH-").append(c).append(',').append(GIVEN.get(c % GIVEN.size())).append(",Nowak-Rahman,")
                    .append("2015-0").append(1 + c % 9).append("-1").append(c % 9).append('\n');
            caseRows.append(caseRef(c)).append(",CH-").append(c).append(",cp,2024-01-0").append(1 + c % 9).append('\n');
            links.append(REF).append(',').append(caseRef(c)).append('\n');
        }
        write(dir, "children.csv", children.toString());
        write(dir, "cases.csv", caseRows.toString());
        write(dir, "evaluations.csv", "evaluation_ref,kind,theme,starts_on,panel_on\n" + REF
                + ",full,Neglect,2025-09-01,2025-10-15\n");
        write(dir, "evaluation_cases.csv", links.toString());
    }

    /** Every agency fills every case's chronology and self-evaluation; the same rows go to the CSV files. */
    private void fill(Path issued, Path returns, Path csv) throws IOException {
        StringBuilder chronology = new StringBuilder("case_ref,agency_code,entry_ref,date,time,approximate,event,"
                + "source,child_voice,action,impact,key_event\n");
        StringBuilder grades = new StringBuilder("evaluation_ref,case_ref,agency_code,self_grade\n");
        for (int i = 1; i <= agencies; i++) {
            String code = agency(i);
            String name = REF + "-" + code + ".xlsx";
            XSSFWorkbook wb;
            try (InputStream in = Files.newInputStream(issued.resolve(name))) {
                wb = new XSSFWorkbook(in);
            }
            XSSFSheet self = wb.getSheet("Self-evaluation");
            for (int c = 1; c <= cases; c++) {
                self.getRow(3 + c).getCell(3).setCellValue("good");
                grades.append(REF).append(',').append(caseRef(c)).append(',').append(code).append(",good\n");
                XSSFSheet sheet = wb.getSheet("Chronology " + caseRef(c));
                for (int r = 1; r <= rows; r++) {
                    Row row = sheet.getRow(3 + r) == null ? sheet.createRow(3 + r) : sheet.getRow(3 + r);
                    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r);
                    String event = "Contact " + r + " with the family about school attendance";
                    row.createCell(2).setCellValue("E" + r);
                    row.createCell(3).setCellValue(day.toString());
                    row.createCell(5).setCellValue("no");
                    row.createCell(6).setCellValue(event);
                    row.createCell(7).setCellValue("Case note");
                    row.createCell(10).setCellValue("neutral");
                    chronology.append(caseRef(c)).append(',').append(code).append(",E").append(r).append(',')
                            .append(day).append(",,no,").append(event).append(",Case note,,,neutral,\n");
                }
            }
            try (OutputStream o = Files.newOutputStream(returns.resolve(name))) {
                wb.write(o);
            }
            wb.close();
        }
        write(csv, "chronology.csv", chronology.toString());
        write(csv, "agency_evaluations.csv", grades.toString());
    }

    private static String agency(int i) {
        return String.format(Locale.ROOT, "AG%02d", i);
    }

    private static String caseRef(int c) {
        return String.format(Locale.ROOT, "C-%03d", c);
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
