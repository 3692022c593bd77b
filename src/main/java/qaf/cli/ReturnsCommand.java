package qaf.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qaf.app.AppPaths;
import qaf.app.ExitCode;
import qaf.app.Versions;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.WorkingDays;
import qaf.returns.ReturnsIssue;
import qaf.returns.ReturnsTracker;
import qaf.returns.StatusText;
import qaf.store.Database;
import qaf.store.PartnershipQueries;

/** {@code qaf returns issue}: the forms agencies fill in, pre-filled, which {@code qaf ingest} reads back. */
@Command(name = "returns", mixinStandardHelpOptions = true,
        description = "Forms for agencies' returns: issue them pre-filled; qaf ingest reads them back.",
        subcommands = {ReturnsCommand.Issue.class, ReturnsCommand.Status.class})
final class ReturnsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The five processes both subcommands take, one of them given with its ref, cycle or year. */
    enum Process { EVALUATION, CLOSE_THE_LOOP, S11, SCHOOLS, SINGLE_AGENCY }

    /** The process given and its ref, cycle or year. */
    record Chosen(Process process, String ref) {
        /** From the subcommand's exclusive options, in their order: exactly one is set (picocli checks). */
        static Chosen of(String evaluation, String closeTheLoop, String s11, String schools, String singleAgency) {
            return evaluation != null ? new Chosen(Process.EVALUATION, evaluation)
                    : closeTheLoop != null ? new Chosen(Process.CLOSE_THE_LOOP, closeTheLoop)
                    : s11 != null ? new Chosen(Process.S11, s11)
                    : schools != null ? new Chosen(Process.SCHOOLS, schools)
                    : new Chosen(Process.SINGLE_AGENCY, singleAgency);
        }
    }

    /** What a subcommand does with the store open: the partnership and its working days read. */
    interface StoreWork {
        int run(Database database, PartnershipQueries.Partnership partnership, WorkingDays wd)
                throws IOException, ReturnsIssue.NothingToIssue;
    }

    /**
     * Opens the store both subcommands read, refusing one without data (usage, exit 2); a process with
     * nothing to issue or track is the input's fault (exit 3).
     */
    static int withStore(CommandSpec spec, Path db, StoreWork work) throws IOException {
        var err = spec.commandLine().getErr();
        String command = spec.qualifiedName();
        AppPaths paths = AppPaths.fromSystem();
        Path dbFile = paths.database(db, System.getenv());
        if (!Database.hasData(dbFile, paths.nativeLibraries())) {
            err.println(command + ": " + dbFile + " holds no dataset — run qaf ingest DIR first");
            return ExitCode.USAGE;
        }
        try (Database database = Database.open(dbFile, paths.nativeLibraries())) {
            var p = PartnershipQueries.partnership(database);
            return work.run(database, p, new WorkingDays(BankHolidays.load(Nation.fromId(p.bankHolidays()))));
        } catch (ReturnsIssue.NothingToIssue e) {
            err.println(command + ": " + e.getMessage());
            return ExitCode.INPUT_REJECTED;
        }
    }

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = {"Write the forms of one process into a folder, one per agency, pre-filled with what the"
                    + " database holds: for an evaluation a workbook per agency (its self-evaluation and a chronology"
                    + " per case); for close-the-loop a Word form per agency and case due one.",
                "Drop the returned files into a dataset folder beside its CSVs and run qaf ingest."})
    static final class Issue implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Options process;

        static final class Options {
            @Option(names = "--evaluation", paramLabel = "REF", required = true,
                    description = "An evaluation's self-evaluation and chronology workbooks.")
            String evaluation;

            @Option(names = "--close-the-loop", paramLabel = "REF", required = true,
                    description = "An evaluation's close-the-loop forms (appendix C).")
            String closeTheLoop;

            @Option(names = "--s11", paramLabel = "CYCLE", required = true,
                    description = "The Section 11 self-assessment of a cycle, per agency with an opened return.")
            String s11;

            @Option(names = "--schools", paramLabel = "CYCLE", required = true,
                    description = "The schools safeguarding audit of a cycle, per school.")
            String schools;

            @Option(names = "--single-agency", paramLabel = "YEAR", required = true,
                    description = "Appendix E, the single-agency audit summary of a year, as a Word form per agency.")
            String singleAgency;
        }

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the forms to.")
        Path out;

        @Option(names = "--db", paramLabel = "PATH", description = "The database file (default: $QAF_DB, else"
                + " data/qaf.db in the checkout).")
        Path db;

        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "The day of issue (default: today).")
        LocalDate on;

        Clock clock = Clock.system(ZoneId.of("Europe/London"));

        @Override
        public Integer call() throws IOException {
            LocalDate day = on == null ? LocalDate.now(clock) : on;
            Chosen chosen = Chosen.of(process.evaluation, process.closeTheLoop, process.s11, process.schools,
                    process.singleAgency);
            return withStore(spec, db, (database, p, wd) -> {
                ReturnsIssue issue = new ReturnsIssue(database, p.name(), wd, day, Versions.current());
                List<Path> files = switch (chosen.process()) {
                    case EVALUATION -> issue.evaluation(chosen.ref(), out);
                    case CLOSE_THE_LOOP -> issue.closeTheLoop(chosen.ref(), out);
                    case S11 -> issue.s11(chosen.ref(), out);
                    case SCHOOLS -> issue.schools(chosen.ref(), out);
                    case SINGLE_AGENCY -> issue.singleAgency(chosen.ref(), out);
                };
                for (Path f : files) {
                    spec.commandLine().getOut().println(f);
                }
                spec.commandLine().getOut().println(files.size() + " forms written to " + out);
                return ExitCode.OK;
            });
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Which agency (or school) has returned what for one process, as at a day: the due date,"
                    + " where it comes from (programme.csv, issued, timetable, agency's own), the day returned and"
                    + " whether on time, late, overdue or not yet due.",
                "A return dated after the day is not yet in as at the day."})
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Options process;

        static final class Options {
            @Option(names = "--evaluation", paramLabel = "REF", required = true,
                    description = "An evaluation: chronology, self-evaluation and close-the-loop forms per agency.")
            String evaluation;

            @Option(names = "--close-the-loop", paramLabel = "REF", required = true,
                    description = "An evaluation's close-the-loop forms (appendix C) only.")
            String closeTheLoop;

            @Option(names = "--s11", paramLabel = "CYCLE", required = true,
                    description = "The Section 11 returns of a cycle, per agency with an opened return.")
            String s11;

            @Option(names = "--schools", paramLabel = "CYCLE", required = true,
                    description = "The schools safeguarding audit of a cycle, per school.")
            String schools;

            @Option(names = "--single-agency", paramLabel = "YEAR", required = true,
                    description = "Appendix E, the single-agency audit summaries of a year, per agency.")
            String singleAgency;
        }

        @Option(names = "--db", paramLabel = "PATH", description = "The database file (default: $QAF_DB, else"
                + " data/qaf.db in the checkout).")
        Path db;

        @Option(names = "--as-at", paramLabel = "DATE", converter = TimetableCommand.DateConverter.class,
                description = "The day the status is as at, e.g. 2019-01-31 (default: today).")
        LocalDate asAt;

        Clock clock = Clock.system(ZoneId.of("Europe/London"));

        @Override
        public Integer call() throws IOException {
            LocalDate day = asAt == null ? LocalDate.now(clock) : asAt;
            Chosen chosen = Chosen.of(process.evaluation, process.closeTheLoop, process.s11, process.schools,
                    process.singleAgency);
            return withStore(spec, db, (database, p, wd) -> {
                ReturnsTracker tracker = new ReturnsTracker(database, wd);
                ReturnsTracker.Report report = switch (chosen.process()) {
                    case EVALUATION -> tracker.evaluation(chosen.ref(), day);
                    case CLOSE_THE_LOOP -> tracker.closeTheLoop(chosen.ref(), day);
                    case S11 -> tracker.s11(chosen.ref(), day);
                    case SCHOOLS -> tracker.schools(chosen.ref(), day);
                    case SINGLE_AGENCY -> tracker.singleAgency(chosen.ref(), day);
                };
                spec.commandLine().getOut().print(StatusText.of(report, day));
                return ExitCode.OK;
            });
        }
    }
}
