package qaf.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A region store: a folder holding one database per partnership, named after the partnership's
 * code ({@code KV.db}), each with the same schema as a single database. One file per partnership
 * on purpose: a partnership's children stay in its own file (handed back or erased by deleting that
 * file), no query can join two partnerships' children, and partnerships build independently.
 *
 * @param dir the folder; it need not exist until the first partnership is ingested
 */
public record RegionStore(Path dir) {
    /**
     * A partnership's database: its code as the ingest stores it (upper-case letters, digits and
     * hyphens) and {@code .db}. SQLite's {@code KV.db-wal} and {@code KV.db-shm} do not match.
     */
    private static final Pattern DATABASE = Pattern.compile("([A-Z0-9-]{1,16})\\.db");

    public RegionStore {
        dir = dir.toAbsolutePath().normalize();
    }

    /** The database of the partnership with this code, whether or not it exists yet. */
    public Path database(String code) {
        return dir.resolve(code.toUpperCase(Locale.ROOT) + ".db");
    }

    /** The codes of the partnerships stored, in code order; empty when the folder does not exist. */
    public List<String> codes() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> DATABASE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the region store " + dir, e);
        }
    }
}
