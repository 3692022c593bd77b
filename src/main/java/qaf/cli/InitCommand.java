package qaf.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the owning work package. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class InitCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("init is not implemented yet");
    }
}
