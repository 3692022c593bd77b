package qaf.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the CSV datasets under src/test/resources/datasets/ into a scratch folder for editing. */
final class TestDatasets {
    private TestDatasets() {
    }

    static Path copy(String name, Path target) {
        URL url = TestDatasets.class.getResource("/datasets/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test dataset " + name);
        }
        try {
            Path source = Path.of(url.toURI());
            Files.createDirectories(target);
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.toList()) {
                    Path to = target.resolve(source.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Path dir, String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path dir, String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
