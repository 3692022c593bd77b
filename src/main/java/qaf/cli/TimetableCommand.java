package qaf.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the owning work package. */
@Command(name = "timetable", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class TimetableCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("timetable is not implemented yet");
    }
}
