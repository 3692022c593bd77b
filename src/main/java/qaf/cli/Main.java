package qaf.cli;

import qaf.bench.BenchCommand;

import qaf.app.Versions;

import qaf.app.ExitCode;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.TimeZone;
import picocli.CommandLine;
import qaf.pipeline.Build;
import picocli.CommandLine.Command;

/** Entry point. Pins locale and zone, runs the command line, and maps the result to an exit code. */
@Command(
        name = "qaf",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Reporting engine for a safeguarding children partnership's Learning & Improvement QA Framework.",
        subcommands = {
            InitCommand.class,
            IngestCommand.class,
            BuildCommand.class,
            TimetableCommand.class,
            GenerateCommand.class,
            BenchCommand.class,
            PrivacyScanCommand.class,
            ReturnsCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error",
            "2:usage error",
            "3:input rejected (ingest validation)",
            "4:some documents failed (the others were still built)",
            "5:build: another build is using the output folder",
            "6:privacy-scan: a child was found outside case documents"
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line without exiting the JVM, so tests can call it. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Locale.setDefault(Locale.UK);
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // The exception's type and qaf's own message only: a library's message may quote data.
            commandLine.getErr().println("qaf: internal error (a bug: please report it with the command you ran): "
                    + Build.reason(ex));
            return ExitCode.INTERNAL_ERROR;
        });
        // picocli asks this mapper for the code of a bad command line too, so usage errors must map to USAGE.
        cli.setExitCodeExceptionMapper(
                ex -> ex instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.INTERNAL_ERROR);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"qaf " + Versions.current()};
        }
    }
}
