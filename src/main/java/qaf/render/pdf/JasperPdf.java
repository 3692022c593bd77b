package qaf.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import qaf.render.RenderContext;

/**
 * Fills a compiled qaf template and writes it as an accessible PDF: the one call a document kind's
 * PDF renderer makes after building its parameters ({@link PageFurniture#parameters}) and rows.
 *
 * <p>Large documents ({@link #isLarge}) take a memory-bounded path so that 100,000 rows fit in a
 * 256 MB heap: pages are filled through a swap-file virtualiser, the exporter writes the structure
 * tree as it goes ({@link StreamedStructure}) and the post-processing pass copies the file one object
 * at a time ({@link StreamingPdfPass}). Swap and intermediate files live in a fresh directory readable
 * by the owner only (they hold case data) and are deleted before this method returns, whatever
 * happens.
 */
public final class JasperPdf {
    /** From this many rows on, a document takes the memory-bounded path. */
    static final int LARGE_FROM_ROWS = 1_500;
    private static final int PAGES_IN_MEMORY = 40;

    private static final Logger LOG = Logger.getLogger(JasperPdf.class.getName());

    static {
        // Images are encoded in memory: ImageIO's default disk cache writes to the shared temp folder.
        javax.imageio.ImageIO.setUseCache(false);
    }

    private JasperPdf() {
    }

    /** Whether a document of {@code rowCount} rows takes the memory-bounded path. */
    static boolean isLarge(int rowCount) {
        return rowCount >= LARGE_FROM_ROWS;
    }

    static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    /**
     * @param template the name of the template, e.g. {@code chronology}
     * @param parameters the report parameters (not modified)
     * @param rows the main data source
     * @param rowCount how many rows {@code rows} yields, to decide on the memory-bounded path
     * @param title the document title for the PDF metadata
     */
    public static void render(String template, Map<String, Object> parameters, JRDataSource rows, int rowCount,
            String title, RenderContext context, OutputStream out) throws IOException {
        JasperReport report = ReportTemplates.load(template);
        Path workDir = privateTempDir();
        JRSwapFileVirtualizer virtualizer = null;
        try {
            Map<String, Object> fillParameters = new HashMap<>(parameters);
            boolean large = isLarge(rowCount);
            if (large) {
                virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
                        new JRSwapFile(workDir.toString(), 4096, 1024), true);
                fillParameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            }
            long start = System.nanoTime();
            JasperPrint print;
            try {
                print = JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance())
                        .fill(report, fillParameters, rows);
            } catch (JRException e) {
                throw new IOException("filling template " + template + " failed: " + e.getMessage(), e);
            }
            long filled = System.nanoTime();
            LOG.fine(() -> template + ": filled " + print.getPages().size() + " pages in " + millis(start, filled) + " ms");
            if (virtualizer != null) {
                // Pages are complete: keep them read-only in the swap file while exporting.
                virtualizer.setReadOnly(true);
            }
            AccessiblePdf.write(print, title, context, workDir, large, out);
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
            deleteRecursively(workDir);
        }
    }

    /**
     * Text for a table cell that is tagged as TD/TH: the exporter drops an empty text element
     * together with its cell tag, which breaks the table's structure, so an empty cell holds a
     * no-break space instead.
     */
    public static String cellText(String text) {
        return text == null || text.isEmpty() ? "\u00A0" : text;
    }

    /** Work folders are named after their process, so a later run can tell a killed run's leftovers. */
    private static final Pattern WORK_DIR = Pattern.compile("qaf-pdf-(\\d+)-.*");

    /**
     * Where work folders are made: qaf's private {@code <home>/.qaf/work}, not the shared temp folder
     * (other users can list it, and nothing else of qaf's would sweep it).
     */
    public static Path workRoot() {
        return qaf.app.AppPaths.fromSystem().home().resolve(".qaf").resolve("work");
    }

    private static Path privateTempDir() throws IOException {
        String prefix = "qaf-pdf-" + ProcessHandle.current().pid() + "-";
        Path root = workRoot();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            var ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
            Files.createDirectories(root, ownerOnly);
            return Files.createTempDirectory(root, prefix, ownerOnly);
        }
        Files.createDirectories(root);
        return Files.createTempDirectory(root, prefix);
    }

    /**
     * Deletes the work folders of runs that have ended (a killed build leaves its raw, unprocessed PDFs
     * there, case documents included); the folders of live processes are left alone.
     *
     * @return how many folders were deleted
     */
    public static int sweepLeftovers(Path tempRoot) throws IOException {
        if (!Files.isDirectory(tempRoot)) {
            return 0;
        }
        List<Path> ended = new ArrayList<>();
        try (Stream<Path> list = Files.list(tempRoot)) {
            for (Path dir : list.toList()) {
                Matcher m = WORK_DIR.matcher(dir.getFileName().toString());
                if (m.matches() && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && Files.isWritable(dir)
                        && !alive(Long.parseLong(m.group(1)))) {
                    ended.add(dir);
                }
            }
        }
        for (Path dir : ended) {
            deleteRecursively(dir);
        }
        return ended.size();
    }

    /**
     * As {@link #sweepLeftovers(Path)} in qaf's work folder, where the work folders are made, and in
     * the JVM's temporary folder, where versions before 0.2 made them.
     */
    public static int sweepLeftovers() throws IOException {
        return sweepLeftovers(workRoot()) + sweepLeftovers(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete temporary file " + path, e);
            }
        }
    }
}
