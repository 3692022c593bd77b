package qaf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden text files in {@code src/test/resources/golden/}. Run the tests with
 * {@code -Dqaf.goldens=update} to rewrite them after an intended change, then review the diff.
 */
public final class Goldens {
    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    private Goldens() {
    }

    public static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        try {
            if ("update".equals(System.getProperty("qaf.goldens")) || !Files.exists(file)) {
                if (!"update".equals(System.getProperty("qaf.goldens"))) {
                    throw new AssertionError("no golden file " + file + "; run the tests with -Dqaf.goldens=update"
                            + " to create it, then review it");
                }
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                    "rendered text differs from " + file + " (if the change is intended, rerun with"
                            + " -Dqaf.goldens=update and review the diff)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
