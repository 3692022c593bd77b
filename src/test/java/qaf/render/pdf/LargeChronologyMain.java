package qaf.render.pdf;

import qaf.bench.SyntheticChronologyPdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import qaf.chronology.ChronologyPdf;
import qaf.render.RenderContext;

/**
 * Renders a synthetic chronology of a given size to a file: started in a child JVM with a small heap
 * by {@link MemoryBoundedPdfTest}. Arguments: entries, output file.
 */
final class LargeChronologyMain {
    private LargeChronologyMain() {
    }

    public static void main(String[] args) throws IOException {
        int entries = Integer.parseInt(args[0]);
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            new ChronologyPdf().render(SyntheticChronologyPdf.of(entries, 3),
                    new RenderContext(Instant.parse("2019-03-31T00:00:00Z"), "qaf test"), out);
        }
    }
}
