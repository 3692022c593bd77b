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

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = {"Write the forms of one process into a folder, one per agency, pre-filled with what the"
                    + " database holds: for an evaluation a workbook per agency (its self-evaluation and a chronology"
                    + " per case); for close-the-loop a Word form per agency and case due one.",
                "Drop the returned files into a dataset folder beside its CSVs and run qaf ingest."})
    static final class Issue implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Process process;

        static final class Process {
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
            var err = spec.commandLine().getErr();
            AppPaths paths = AppPaths.fromSystem();
            Path dbFile = paths.database(db, System.getenv());
            if (!Database.hasData(dbFile, paths.nativeLibraries())) {
                err.println("qaf returns issue: " + dbFile + " holds no dataset — run qaf ingest DIR first");
                return ExitCode.USAGE;
            }
            LocalDate day = on == null ? LocalDate.now(clock) : on;
            try (Database database = Database.open(dbFile, paths.nativeLibraries())) {
                var p = PartnershipQueries.partnership(database);
                WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.fromId(p.bankHolidays())));
                ReturnsIssue issue = new ReturnsIssue(database, p.name(), wd, day, Versions.current());
                List<Path> files = process.evaluation != null ? issue.evaluation(process.evaluation, out)
                        : process.closeTheLoop != null ? issue.closeTheLoop(process.closeTheLoop, out)
                        : process.s11 != null ? issue.s11(process.s11, out)
                        : process.schools != null ? issue.schools(process.schools, out)
                        : issue.singleAgency(process.singleAgency, out);
                for (Path f : files) {
                    spec.commandLine().getOut().println(f);
                }
                spec.commandLine().getOut().println(files.size() + " forms written to " + out);
                return ExitCode.OK;
            } catch (ReturnsIssue.NothingToIssue e) {
                err.println("qaf returns issue: " + e.getMessage());
                return ExitCode.INPUT_REJECTED;
            }
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
        Process process;

        static final class Process {
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
        public Integer call() {
            var err = spec.commandLine().getErr();
            AppPaths paths = AppPaths.fromSystem();
            Path dbFile = paths.database(db, System.getenv());
            if (!Database.hasData(dbFile, paths.nativeLibraries())) {
                err.println("qaf returns status: " + dbFile + " holds no dataset — run qaf ingest DIR first");
                return ExitCode.USAGE;
            }
            LocalDate day = asAt == null ? LocalDate.now(clock) : asAt;
            try (Database database = Database.open(dbFile, paths.nativeLibraries())) {
                var p = PartnershipQueries.partnership(database);
                WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.fromId(p.bankHolidays())));
                ReturnsTracker tracker = new ReturnsTracker(database, wd);
                ReturnsTracker.Report report = process.evaluation != null ? tracker.evaluation(process.evaluation, day)
                        : process.closeTheLoop != null ? tracker.closeTheLoop(process.closeTheLoop, day)
                        : process.s11 != null ? tracker.s11(process.s11, day)
                        : process.schools != null ? tracker.schools(process.schools, day)
                        : tracker.singleAgency(process.singleAgency, day);
                spec.commandLine().getOut().print(StatusText.of(report, day));
                return ExitCode.OK;
            } catch (ReturnsIssue.NothingToIssue e) {
                err.println("qaf returns status: " + e.getMessage());
                return ExitCode.INPUT_REJECTED;
            }
        }
    }
}
