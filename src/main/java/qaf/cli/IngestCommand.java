package qaf.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: replaced by the owning work package. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Not implemented yet.")
final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("ingest is not implemented yet");
    }
}
