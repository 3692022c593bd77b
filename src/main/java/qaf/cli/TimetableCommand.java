package qaf.cli;

import qaf.app.Versions;

import qaf.app.AppPaths;
import qaf.app.ExitCode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;
import qaf.document.BlockDocument;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.StrictDates;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;
import qaf.publish.Manifest;
import qaf.publish.Publisher;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.store.Database;
import qaf.store.PartnershipQueries;
import qaf.store.ProgrammeQueries;
import qaf.terms.Terms;
import qaf.timetable.TimetableDocuments;

/** Prints an evaluation's dated timetable (framework appendix B or D) as a plain-text table. */
@Command(
        name = "timetable",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCode.USAGE,
        description = "Print a multi-agency case evaluation's timetable, dated in working days"
                + " (weekends and the nation's bank holidays excluded).")
final class TimetableCommand implements Callable<Integer> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy", Locale.UK);

    @Spec
    private CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "full|condensed", converter = KindConverter.class,
            description = "full (7 weeks, appendix B) or condensed (2 weeks, appendix D).")
    private Timetable.Kind kind;

    @Option(names = "--start", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "Week 1 day 1, a working day: yyyy-mm-dd or dd/mm/yyyy.")
    private LocalDate start;

    @Option(names = "--panel", paramLabel = "DATE", converter = DateConverter.class,
            description = "The panel day, if not the timetable's own (full: day 18, condensed: day 9).")
    private LocalDate panel;

    @Option(names = "--nation", paramLabel = "NATION", converter = NationConverter.class,
            description = "Bank holidays: england-and-wales (default), scotland or northern-ireland; with --db,"
                    + " the partnership's own unless given.")
    private Nation nation;

    @Option(names = "--db", paramLabel = "PATH",
            description = "A partnership's database: the timetable names the partnership, uses its own words"
                    + " (terms.csv) for the roles and the subgroup, and its bank holidays.")
    private Path db;

    @Option(names = "--render", paramLabel = "DIR",
            description = "Also write the timetable as a PDF and a DOCX document into DIR/<year>/timetable/.")
    private Path renderDir;

    @Option(names = "--partnership", paramLabel = "NAME",
            description = "The partnership name printed on a rendered timetable (default: the database's, with"
                    + " --db; else \"" + NO_PARTNERSHIP + "\").")
    private String partnership;

    /** The name a rendered timetable carries when neither --partnership nor --db names one. */
    static final String NO_PARTNERSHIP = "Safeguarding Children Partnership";

    @Override
    public Integer call() throws IOException {
        Terms terms = Terms.FRAMEWORK;
        if (db != null) {
            if (!Files.isRegularFile(db)) {
                spec.commandLine().getErr().println("qaf timetable: no database file at " + db + ": give --db one"
                        + " partnership's database (in a region store, <STORE>/<CODE>.db)");
                return ExitCode.USAGE;
            }
            try (Database store = Database.open(db, AppPaths.fromSystem().nativeLibraries())) {
                PartnershipQueries.Partnership p = PartnershipQueries.partnership(store);
                terms = ProgrammeQueries.terms(store);
                partnership = partnership == null ? p.name() : partnership;
                nation = nation == null ? Nation.fromId(p.bankHolidays()) : nation;
            }
        }
        partnership = partnership == null ? NO_PARTNERSHIP : partnership;
        nation = nation == null ? Nation.ENGLAND_AND_WALES : nation;
        WorkingDays wd = new WorkingDays(BankHolidays.load(nation));
        Timetable timetable;
        try {
            timetable = Timetable.of(kind, start, panel, wd).worded(terms);
        } catch (IllegalArgumentException e) {
            // Bad dates (not a working day, panel too early, outside the bank-holiday data) are the
            // user's to fix, so they are usage errors, not internal ones.
            spec.commandLine().getErr().println("qaf timetable: " + e.getMessage());
            return ExitCode.USAGE;
        }
        boolean projected = wd.projected(timetable.start(), timetable.steps().get(timetable.steps().size() - 1).due());
        print(timetable, spec.commandLine().getOut(), projected);
        if (renderDir != null) {
            render(timetable, projected);
        }
        return ExitCode.OK;
    }

    /** Published like a built document, so the file names and atomic writes are the pipeline's. */
    private void render(Timetable timetable, boolean projected) throws IOException {
        BlockDocument doc = TimetableDocuments.compose(partnership, timetable, nation, projected);
        String period = ReportingYear.containing(timetable.start(), 4).label();
        RenderContext context = new RenderContext(
                timetable.start().atStartOfDay(ZoneOffset.UTC).toInstant(), "qaf " + Versions.current());
        Publisher publisher = new Publisher(renderDir.toAbsolutePath().normalize());
        Renderer<BlockDocument> pdf = new BlockPdf();
        Renderer<BlockDocument> docx = new BlockDocx();
        for (Manifest.Document written : List.of(
                publisher.publish(period, doc, Format.PDF, pdf, context),
                publisher.publish(period, doc, Format.DOCX, docx, context))) {
            spec.commandLine().getOut().println("wrote " + renderDir.resolve(written.path()));
        }
    }

    private void print(Timetable t, PrintWriter out, boolean projected) {
        out.println(t.kind().title() + ", " + t.kind().weeks() + " weeks");
        out.println("Start " + DATE.format(t.start()) + ", panel day " + DATE.format(t.panelDay())
                + ", bank holidays: " + nation.id());
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Step", "Responsible", "Date", "Working day"});
        for (Timetable.Step s : t.steps()) {
            rows.add(new String[] {s.what(), s.responsible(), DATE.format(s.due()),
                s.day() + " (+" + s.offset() + ")"});
        }
        int[] width = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(width[i] - row[i].length() + 2));
                }
            }
            out.println(line);
        }
        out.println();
        out.println("Working day n (+n-1) counts from the start as day 1, skipping weekends and bank holidays.");
        if (projected) {
            out.println(TimetableDocuments.PROJECTED_NOTE);
        }
    }

    static final class KindConverter implements CommandLine.ITypeConverter<Timetable.Kind> {
        @Override
        public Timetable.Kind convert(String value) {
            try {
                return Timetable.Kind.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class NationConverter implements CommandLine.ITypeConverter<Nation> {
        @Override
        public Nation convert(String value) {
            try {
                return Nation.fromId(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return StrictDates.parse(value);
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
