package qaf.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import qaf.cli.Main;

/**
 * One run of the command line in this JVM, as a user would type it: its exit code and what it
 * printed to each stream (line ends as {@code \n}).
 */
public record CliRun(int code, String out, String err) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }
}
