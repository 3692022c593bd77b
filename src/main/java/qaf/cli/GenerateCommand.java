package qaf.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the owning work package. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("generate is not implemented yet");
    }
}
