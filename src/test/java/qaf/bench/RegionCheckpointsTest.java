package qaf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The national bench's running line: printed every N partnerships, counting every document so far. */
class RegionCheckpointsTest {
    @Test
    void printsEveryNPartnershipsWithTheDocumentsSoFarAndSinceTheLastLine() {
        StringWriter text = new StringWriter();
        RegionCheckpoints checkpoints = new RegionCheckpoints(2, System.nanoTime(), new PrintWriter(text));
        for (int documents : List.of(240, 250, 1_000, 10, 7)) {
            checkpoints.after(documents);
        }
        List<String> lines = text.toString().lines().toList();
        assertEquals(2, lines.size(), text.toString());
        assertTrue(lines.get(0).startsWith("  after 2 partnerships: 490 documents in "), lines.get(0));
        assertTrue(lines.get(1).startsWith("  after 4 partnerships: 1,500 documents in "), lines.get(1));
        assertTrue(lines.get(1).contains("; the last 2: "), lines.get(1));
    }

    @Test
    void printsNothingWhenToldNone() {
        StringWriter text = new StringWriter();
        RegionCheckpoints checkpoints = new RegionCheckpoints(0, System.nanoTime(), new PrintWriter(text));
        checkpoints.after(240);
        checkpoints.after(240);
        assertEquals("", text.toString());
    }
}
