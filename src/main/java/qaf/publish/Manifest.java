package qaf.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code output/manifest.json}: what the build published, written last so that its presence means
 * the documents it lists are complete. Holds no build time, so the same database and version give
 * the same manifest.
 */
public record Manifest(
        String tool, String version, String inputFingerprint, String period, List<Document> documents,
        List<Failure> failures) {

    public Manifest {
        documents = documents.stream().sorted(Comparator.comparing(Document::path)).toList();
        failures = failures.stream()
                .sorted(Comparator.comparing(Failure::kind).thenComparing(Failure::name).thenComparing(Failure::format))
                .toList();
    }

    /**
     * One published file.
     *
     * @param pages the page count of a PDF; null for DOCX
     * @param data the CSV files of the document's tables, beside it
     * @param fingerprint what the file was made from: the rows its document read, its kind, year and
     *     qaf's own code, templates and libraries (see {@code qaf.pipeline.Previous}). A build whose fingerprint
     *     for the file is the same, and finds the file intact, keeps it instead of rendering it again
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(
            String kind, String title, String audience, String format, String path, String sha256, long bytes,
            Integer pages, List<String> refs, List<DataFile> data, String fingerprint) {
        public Document {
            refs = List.copyOf(refs);
            data = data == null ? List.of() : List.copyOf(data);
        }

        /** An entry without a fingerprint yet; the build adds it. */
        public Document(String kind, String title, String audience, String format, String path, String sha256,
                long bytes, Integer pages, List<String> refs, List<DataFile> data) {
            this(kind, title, audience, format, path, sha256, bytes, pages, refs, data, null);
        }

        public Document withData(List<DataFile> files) {
            return new Document(kind, title, audience, format, path, sha256, bytes, pages, refs, files, fingerprint);
        }

        public Document withFingerprint(String value) {
            return new Document(kind, title, audience, format, path, sha256, bytes, pages, refs, data, value);
        }
    }

    public record DataFile(String table, String path, String sha256, long bytes) {
    }

    /** A document that could not be built, and why; the reason never holds personal data. */
    public record Failure(String kind, String name, String format, String reason) {
    }

    public static final String FILE_NAME = "manifest.json";

    /**
     * The manifest a previous build left in {@code outputDir}, or empty when there is none or it cannot
     * be read (an older or damaged file): the build then renders everything, which is always safe.
     */
    public static Optional<Manifest> read(Path outputDir) {
        Path file = outputDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(file.toFile(), Manifest.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void writeTo(Path outputDir) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(
                new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        AtomicFiles.write(outputDir.resolve(FILE_NAME), false, out -> {
            json.writer(printer).writeValue(out, this);
            out.write('\n');
        });
    }
}
