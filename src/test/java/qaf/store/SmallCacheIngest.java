package qaf.store;

import java.nio.file.Path;
import qaf.ingest.Ingest;
import qaf.ingest.IngestRejected;

/**
 * The child process of the crash test: {@code SmallCacheIngest DIR DB} ingests like {@code qaf ingest}
 * but with a 256 KiB page cache, so the transaction spills pages into the WAL file while it writes
 * and a kill can land in the middle of a half-written transaction, not only before or after it.
 */
public final class SmallCacheIngest {
    private SmallCacheIngest() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[1]), Path.of(args[1]).toAbsolutePath().getParent().resolve(".qaf-native"), 256)) {
            Ingest.ingest(Path.of(args[0]), db);
        } catch (IngestRejected e) {
            System.exit(3);
        }
    }
}
