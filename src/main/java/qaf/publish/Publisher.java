package qaf.publish;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import qaf.render.Format;
import qaf.render.PagedOutput;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.document.Audience;
import qaf.document.DataTable;
import qaf.document.ReportDocument;

/**
 * Decides where each document goes ({@code <out>/<period>/<kind>/<name>.<ext>}) and publishes it
 * atomically, with its tables as CSV beside it. The only place that makes output paths.
 */
public final class Publisher {
    private final Path outputDir;

    public Publisher(Path outputDir) {
        this.outputDir = outputDir;
    }

    /**
     * Renders one document in one format and publishes it; returns its manifest entry. The renderer
     * writes straight into a temporary beside the final name, digested and counted on the way, so a
     * document of any size costs no memory here; a renderer that throws half-way leaves only that
     * temporary, which is deleted.
     */
    public <D extends ReportDocument> Manifest.Document publish(
            String period, D document, Format format, Renderer<D> renderer, RenderContext context) throws IOException {
        return publish(period, document, format, renderer, context, () -> { });
    }

    /**
     * As {@link #publish(String, ReportDocument, Format, Renderer, RenderContext)}; {@code rendered}
     * runs once the document is complete in its temporary, before it is forced to disk and renamed.
     */
    public <D extends ReportDocument> Manifest.Document publish(String period, D document, Format format,
            Renderer<D> renderer, RenderContext context, Runnable rendered) throws IOException {
        Path folder = folder(period, document);
        Path file = outputDir.resolve(path(period, document, format));
        boolean ownerOnly = document.meta().audience() == Audience.CASE;
        createFolder(folder.getParent(), false);
        createFolder(folder, false);
        Written written = new Written();
        AtomicFiles.write(file, ownerOnly, out -> renderer.render(document, context, written.wrap(out)), rendered);
        Integer pages = null;
        if (format == Format.PDF) {
            pages = written.pages >= 0 ? written.pages : pages(file);
        }
        return new Manifest.Document(
                document.meta().kind(),
                document.meta().title(),
                document.meta().audience().id(),
                format.extension(),
                relative(file),
                written.hex(),
                written.bytes,
                pages,
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
            Path file = dataDir.resolve(table.name() + ".csv");
            Written written = new Written();
            AtomicFiles.write(file, ownerOnly, out -> DataCsv.write(table, written.wrap(out)));
            files.add(new Manifest.DataFile(table.name(), relative(file), written.hex(), written.bytes));
        }
        return files;
    }

    /** What went through the stream a renderer was given: its size, its SHA-256 and, for a PDF, its pages. */
    private static final class Written {
        private final MessageDigest digest = newSha256();
        private long bytes;
        private int pages = -1;

        OutputStream wrap(OutputStream out) {
            return new Counting(out);
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }

        private final class Counting extends FilterOutputStream implements PagedOutput {
            Counting(OutputStream out) {
                super(out);
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                digest.update((byte) b);
                bytes++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                digest.update(b, off, len);
                bytes += len;
            }

            @Override
            public void pages(int count) {
                pages = count;
            }
        }
    }

    /** Where a document's file in one format goes, relative to the output folder as the manifest says it. */
    public String path(String period, ReportDocument document, Format format) {
        return relative(folder(period, document).resolve(document.name() + "." + format.extension()));
    }

    /**
     * Whether a previous build's file and its data files are still exactly as that build's manifest
     * says (present, same size, same SHA-256): only then may a build keep them instead of rendering.
     */
    public boolean intact(Manifest.Document entry) {
        if (!intact(entry.path(), entry.bytes(), entry.sha256())) {
            return false;
        }
        for (Manifest.DataFile data : entry.data()) {
            if (!intact(data.path(), data.bytes(), data.sha256())) {
                return false;
            }
        }
        return true;
    }

    private boolean intact(String path, long bytes, String sha256) {
        Path file = outputDir.resolve(path);
        try {
            return Files.isRegularFile(file) && Files.size(file) == bytes && sha256(file).equals(sha256);
        } catch (IOException e) {
            // Unreadable counts as damaged: the build renders it again, which repairs it.
            return false;
        }
    }

    /** Whether a file a previous manifest listed is still there (for entries a build carries over). */
    public boolean exists(String path) {
        return Files.isRegularFile(outputDir.resolve(path));
    }

    /**
     * Deletes every file under {@code <out>/<period>/<folder>/} that {@code keep} (paths relative to
     * the output folder) does not hold, then the folders this leaves empty below it. The build calls it
     * last for the kinds it built, so documents that no longer exist, documents that failed this time
     * and anything a killed build left unlisted are gone, and the folder holds exactly what the
     * manifest lists. qaf owns these folders: nothing else should be put in them.
     *
     * @return the paths deleted, relative to the output folder, sorted
     */
    public List<String> prune(String period, String folder, Set<String> keep) throws IOException {
        Path root = outputDir.resolve(period).resolve(folder);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        List<String> deleted = new ArrayList<>();
        for (Path p : all) {
            if (Files.isDirectory(p)) {
                if (!p.equals(root) && isEmpty(p)) {
                    Files.delete(p);
                }
            } else if (!keep.contains(relative(p))) {
                Files.delete(p);
                deleted.add(relative(p));
            }
        }
        Collections.sort(deleted);
        return deleted;
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
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

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = newSha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A renderer that did not report its pages: read the file's page tree. */
    private static int pages(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }
}
