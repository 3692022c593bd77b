package qaf.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps {@link ScreenBenchmark} working: the same code, small. It measures; it asserts no time. */
class ScreenBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void screensTheCellsAskedForAgainstEveryChildOfEveryPartnership() throws IOException {
        ScreenBenchmark.Result result = ScreenBenchmark.run(dir, 2, 3_000, 1);
        assertEquals(3_000, result.cells());
        assertTrue(result.children() > 60, "two invented partnerships' children: " + result.children());
        // Generated chronologies name their children, so the screen has work to do.
        assertTrue(result.hits() > 50, result.format());
    }
}
