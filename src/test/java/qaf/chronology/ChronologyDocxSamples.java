package qaf.chronology;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import qaf.render.RenderContext;

/** Writes the test chronologies as .docx files for a person to open: {@code ChronologyDocxSamples DIR}. */
public final class ChronologyDocxSamples {
    private ChronologyDocxSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/docx-samples");
        Files.createDirectories(dir);
        RenderContext context = new RenderContext(Instant.parse("2019-04-01T08:00:00Z"), "qaf 0.1.0");
        write(dir.resolve("chronology-full.docx"), ChronologyFixtures.full(), context);
        write(dir.resolve("chronology-empty.docx"), ChronologyFixtures.empty(), context);
    }

    private static void write(Path file, ChronologyDocument doc, RenderContext context) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new ChronologyDocx().render(doc, context, out);
        }
        System.out.println("wrote " + file);
    }
}
