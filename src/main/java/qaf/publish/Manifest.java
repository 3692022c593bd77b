package qaf.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

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
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(
            String kind, String title, String audience, String format, String path, String sha256, long bytes,
            Integer pages, List<String> refs, List<DataFile> data) {
    }

    public record DataFile(String table, String path, String sha256, long bytes) {
    }

    /** A document that could not be built, and why; the reason never holds personal data. */
    public record Failure(String kind, String name, String format, String reason) {
    }

    public static final String FILE_NAME = "manifest.json";

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
