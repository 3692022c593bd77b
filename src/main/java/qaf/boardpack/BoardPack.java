package qaf.boardpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import qaf.publish.AtomicFiles;
import qaf.publish.Manifest;
import qaf.render.Format;
import qaf.render.RenderContext;
import qaf.document.Audience;
import qaf.document.DocumentMeta;
import qaf.document.BlockDocument;
import qaf.analysis.evaluation.Evaluation;
import qaf.compose.Cells;
import qaf.terms.Terms;
import java.time.LocalDate;

/**
 * The board pack: after a year's documents are published, one PDF (cover paper and contents, then
 * each document, with bookmarks, one page numbering printed on every page and the same numbers as
 * page labels) and its DOCX twin, assembled from the published files the manifest lists. A case-audience document is never included, even when asked
 * for. Published as {@code <out>/<period>/board-pack/board-pack-<period>.pdf|.docx}.
 */
public final class BoardPack {
    public static final String KIND = "board-pack";

    /**
     * What the pack holds when nothing is named: the year's board overviews, the subgroups' annual
     * reports (when those kinds exist) and the action tracker, in this order.
     */
    public static final List<String> DEFAULT_INCLUDE = List.of(
            "evaluation-overview", "s11-overview", "schools-overview", "single-agency-overview",
            "annual-report-reviews", "annual-report-audit", "annual-report-training", "action-tracker");

    private final Path outputDir;
    private final String partnershipName;
    private final String period;
    private final RenderContext context;

    public BoardPack(Path outputDir, String partnershipName, String period, RenderContext context) {
        this.outputDir = outputDir;
        this.partnershipName = partnershipName;
        this.period = period;
        this.context = context;
    }

    /** The file name without extension. */
    public String name() {
        return KIND + "-" + period;
    }

    /** Named on the cover. */
    public String partnershipName() {
        return partnershipName;
    }

    public String period() {
        return period;
    }

    /** Where the pack in one format goes, relative to the output folder as the manifest says it. */
    public String path(Format format) {
        return period + "/" + KIND + "/" + name() + "." + format.extension();
    }

    /**
     * The published documents of one format the pack holds, in pack order: for each item of
     * {@code include} (a kind id or a document name; empty for {@link #DEFAULT_INCLUDE}) the
     * documents it names, in path order.
     *
     * @throws IllegalArgumentException if an item names a case-audience document or kind, if an item
     *         named explicitly matches nothing, or if nothing at all is left to include
     */
    public static List<Manifest.Document> select(List<Manifest.Document> published, List<String> include,
            Format format) {
        return select(published, include, format, BoardPackContents.NONE);
    }

    /**
     * As {@link #select(List, List, Format)}, the documents of each item ordered by date: those of an
     * evaluation by its start and panel days, then the others by path. Any published kind can be an
     * item, including kinds this class has never heard of; only the case audience is refused.
     */
    public static List<Manifest.Document> select(List<Manifest.Document> published, List<String> include,
            Format format, List<Evaluation> evaluations) {
        return select(published, include, format, BoardPackContents.of(evaluations));
    }

    static List<Manifest.Document> select(List<Manifest.Document> published, List<String> include,
            Format format, BoardPackContents contents) {
        boolean explicit = !include.isEmpty();
        List<String> items = explicit ? include : DEFAULT_INCLUDE;
        List<Manifest.Document> ofFormat = published.stream()
                .filter(d -> d.format().equals(format.extension()))
                .filter(d -> !d.kind().equals(KIND))
                .sorted(contents.order())
                .toList();
        Set<Manifest.Document> chosen = new LinkedHashSet<>();
        for (String item : items) {
            List<Manifest.Document> matches = ofFormat.stream()
                    .filter(d -> d.kind().equals(item) || documentName(d).equals(item))
                    .toList();
            for (Manifest.Document d : matches) {
                if (d.audience().equals(Audience.CASE.id())) {
                    throw new IllegalArgumentException("the board pack never includes case documents: '" + item
                            + "' names " + d.kind() + " documents, which are for the case audience only");
                }
            }
            if (explicit && matches.isEmpty()) {
                throw new IllegalArgumentException("--include " + item + " matches no " + format.extension()
                        + " document built for this year (give a document kind or a document name)");
            }
            chosen.addAll(matches);
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no document to put in the board pack: none of "
                    + String.join(", ", items) + " was built for this year");
        }
        return List.copyOf(chosen);
    }

    /** The document name of a manifest entry: its file name without the extension. */
    static String documentName(Manifest.Document d) {
        String file = d.path().substring(d.path().lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    /**
     * The cover of a pack holding {@code chosen} (as {@link #select} ordered them): title block,
     * marking and the contents by title, page numbers still to come. The build places the board
     * pack's narrative (its cover paper) into it and screens it before {@link #publish}. The marking
     * note names the board in the partnership's {@code terms}.
     */
    public BlockDocument cover(List<Manifest.Document> chosen, List<Evaluation> evaluations, LocalDate asAt,
            Terms terms) {
        BoardPackContents contents = BoardPackContents.of(evaluations);
        return BoardPackCover.compose(meta(chosen), name(),
                "Each document states its statuses as at " + Cells.longDay(asAt) + ".",
                chosen.stream().map(contents::entry).toList(), terms);
    }

    private DocumentMeta meta(List<Manifest.Document> chosen) {
        return new DocumentMeta(KIND, partnershipName, "Board pack " + period, "Reporting year " + period,
                Audience.BOARD, chosen.stream().map(BoardPack::documentName).toList());
    }

    /**
     * Assembles and publishes the pack in one format: {@code cover} (from {@link #cover}, its
     * contents rows one per document of {@code chosen}, in order), then each document. Returns its
     * manifest entry. Assembled in memory and written atomically: a failure leaves no file.
     */
    public Manifest.Document publish(BlockDocument cover, List<Manifest.Document> chosen, Format format)
            throws IOException {
        List<String> refs = chosen.stream().map(BoardPack::documentName).toList();
        if (!cover.meta().refs().equals(refs)) {
            throw new IllegalArgumentException("the board pack cover lists other documents than the pack holds");
        }
        byte[] bytes;
        Integer pages = null;
        if (format == Format.PDF) {
            bytes = assemblePdf(cover, chosen);
            pages = PdfPack.pages(bytes);
        } else {
            bytes = assembleDocx(cover, chosen);
        }
        Path file = outputDir.resolve(path(format));
        Files.createDirectories(file.getParent());
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        AtomicFiles.write(file, false, bytes);
        return new Manifest.Document(KIND, cover.meta().title(), Audience.BOARD.id(), format.extension(),
                path(format), sha256(bytes), bytes.length, pages, refs, List.of());
    }

    /** The pack without narrative or screen, as a test or a tool that has no build would make it. */
    Manifest.Document publish(List<Manifest.Document> published, List<String> include, Format format,
            List<Evaluation> evaluations, LocalDate asAt) throws IOException {
        List<Manifest.Document> chosen = select(published, include, format, evaluations);
        return publish(cover(chosen, evaluations, asAt, Terms.FRAMEWORK), chosen, format);
    }

    private byte[] assemblePdf(BlockDocument cover, List<Manifest.Document> chosen) throws IOException {
        List<Integer> pages = new ArrayList<>();
        List<PdfPack.Source> sources = new ArrayList<>();
        for (Manifest.Document d : chosen) {
            byte[] pdf = Files.readAllBytes(outputDir.resolve(d.path()));
            pages.add(PdfPack.pages(pdf));
            sources.add(new PdfPack.Source(d.title(), pdf));
        }
        BoardPackCover.Rendered rendered = BoardPackCover.pdf(cover, pages, context);
        return PdfPack.assemble(rendered.pdf(), "Cover and contents", sources, cover.meta().title(), context);
    }

    private byte[] assembleDocx(BlockDocument cover, List<Manifest.Document> chosen) throws IOException {
        List<DocxPack.Source> sources = new ArrayList<>();
        for (Manifest.Document d : chosen) {
            sources.add(new DocxPack.Source(d.title(), Files.readAllBytes(outputDir.resolve(d.path()))));
        }
        byte[] coverDocx = BoardPackCover.docx(cover, DocxPack.pageCells(sources.size()), context);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        DocxPack.assemble(coverDocx, sources, out);
        return out.toByteArray();
    }

    /** "evaluation-overview" → "Evaluation overview". */
    static String kindName(String kind) {
        String words = kind.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.UK) + words.substring(1);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
