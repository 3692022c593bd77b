package qaf.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the owning work package. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("build is not implemented yet");
    }
}
