package qaf.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.report.Audience;
import qaf.report.DataTable;
import qaf.report.ReportDocument;

/**
 * Decides where each document goes ({@code <out>/<period>/<kind>/<name>.<ext>}) and publishes it
 * atomically, with its tables as CSV beside it. The only place that makes output paths.
 */
public final class Publisher {
    private final Path outputDir;

    public Publisher(Path outputDir) {
        this.outputDir = outputDir;
    }

    /** Renders one document in one format and publishes it; returns its manifest entry. */
    public <D extends ReportDocument> Manifest.Document publish(
            String period, D document, Format format, Renderer<D> renderer, RenderContext context) throws IOException {
        // Rendered in memory first: a renderer that throws half-way leaves nothing behind.
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        renderer.render(document, context, buffer);
        byte[] bytes = buffer.toByteArray();
        Path folder = folder(period, document);
        Path file = folder.resolve(document.name() + "." + format.extension());
        boolean ownerOnly = document.meta().audience() == Audience.CASE;
        createFolder(folder.getParent(), false);
        createFolder(folder, false);
        AtomicFiles.write(file, ownerOnly, bytes);
        return new Manifest.Document(
                document.meta().kind(),
                document.meta().title(),
                document.meta().audience().id(),
                format.extension(),
                relative(file),
                sha256(bytes),
                bytes.length,
                format == Format.PDF ? pages(bytes) : null,
                document.meta().refs(),
                List.of());
    }

    /** Writes the document's tables as CSV into {@code <name>.data/}; case data stays owner-only. */
    public List<Manifest.DataFile> publishData(String period, ReportDocument document) throws IOException {
        boolean ownerOnly = document.meta().audience() == Audience.CASE;
        Path dataDir = folder(period, document).resolve(document.name() + ".data");
        createFolder(dataDir, ownerOnly);
        List<Manifest.DataFile> files = new ArrayList<>();
        for (DataTable table : document.dataTables()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataCsv.write(table, buffer);
            byte[] bytes = buffer.toByteArray();
            Path file = dataDir.resolve(table.name() + ".csv");
            AtomicFiles.write(file, ownerOnly, bytes);
            files.add(new Manifest.DataFile(table.name(), relative(file), sha256(bytes), bytes.length));
        }
        return files;
    }

    private Path folder(String period, ReportDocument document) {
        return outputDir.resolve(period).resolve(document.meta().kind());
    }

    private String relative(Path file) {
        return outputDir.relativize(file).toString().replace('\\', '/');
    }

    private static void createFolder(Path dir, boolean ownerOnly) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(ownerOnly ? "rwx------" : "rwxr-xr-x"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }
}
