package qaf.boardpack;

import java.io.ByteArrayOutputStream;
import qaf.terms.Terms;
import java.io.IOException;
import qaf.terms.Terms;
import java.nio.file.Files;
import qaf.terms.Terms;
import java.nio.file.Path;
import qaf.terms.Terms;
import java.nio.file.attribute.PosixFilePermissions;
import qaf.terms.Terms;
import java.security.MessageDigest;
import qaf.terms.Terms;
import java.security.NoSuchAlgorithmException;
import qaf.terms.Terms;
import java.util.ArrayList;
import qaf.terms.Terms;
import java.util.Comparator;
import qaf.terms.Terms;
import java.util.HexFormat;
import qaf.terms.Terms;
import java.util.LinkedHashSet;
import qaf.terms.Terms;
import java.util.List;
import qaf.terms.Terms;
import java.util.Locale;
import qaf.terms.Terms;
import java.util.Set;
import qaf.terms.Terms;
import qaf.publish.AtomicFiles;
import qaf.terms.Terms;
import qaf.publish.Manifest;
import qaf.terms.Terms;
import qaf.render.Format;
import qaf.terms.Terms;
import qaf.render.RenderContext;
import qaf.terms.Terms;
import qaf.document.Audience;
import qaf.terms.Terms;
import qaf.document.DocumentMeta;
import qaf.terms.Terms;

/**
 * The board pack: after a year's documents are published, one PDF (cover and contents, then each
 * document, with bookmarks and continuous page labels) and its DOCX twin, assembled from the
 * published files the manifest lists. A case-audience document is never included, even when asked
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
    private final Terms terms;

    /** A pack in the framework's own words: what a partnership without terms.csv reads. */
    public BoardPack(Path outputDir, String partnershipName, String period, RenderContext context) {
        this(outputDir, partnershipName, period, context, Terms.FRAMEWORK);
    }

    /** @param terms the partnership's word for its board, on the cover's marking note */
    public BoardPack(Path outputDir, String partnershipName, String period, RenderContext context, Terms terms) {
        this.outputDir = outputDir;
        this.partnershipName = partnershipName;
        this.period = period;
        this.context = context;
        this.terms = terms;
    }

    /** Under the cover's marking, in both formats: who the pack is for. */
    static String markingNote(DocumentMeta meta, Terms terms) {
        return meta.marking() + ": for members of the partnership board. Do not share beyond the "
                + terms.word("board", "board") + ".";
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
     * documents it names, by path.
     *
     * @throws IllegalArgumentException if an item names a case-audience document or kind, if an item
     *         named explicitly matches nothing, or if nothing at all is left to include
     */
    public static List<Manifest.Document> select(List<Manifest.Document> published, List<String> include,
            Format format) {
        boolean explicit = !include.isEmpty();
        List<String> items = explicit ? include : DEFAULT_INCLUDE;
        List<Manifest.Document> ofFormat = published.stream()
                .filter(d -> d.format().equals(format.extension()))
                .filter(d -> !d.kind().equals(KIND))
                .sorted(Comparator.comparing(Manifest.Document::path))
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
     * Assembles and publishes the pack in one format from {@code published}; returns its manifest
     * entry. Assembled in memory and written atomically: a failure leaves no file.
     */
    public Manifest.Document publish(List<Manifest.Document> published, List<String> include, Format format)
            throws IOException {
        List<Manifest.Document> chosen = select(published, include, format);
        List<String> refs = chosen.stream().map(BoardPack::documentName).toList();
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Board pack " + period,
                "Reporting year " + period, Audience.BOARD, refs);
        byte[] bytes;
        Integer pages = null;
        if (format == Format.PDF) {
            bytes = assemblePdf(meta, chosen);
            pages = PdfPack.pages(bytes);
        } else {
            bytes = assembleDocx(meta, chosen);
        }
        Path file = outputDir.resolve(path(format));
        Files.createDirectories(file.getParent());
        Files.setPosixFilePermissions(file.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        AtomicFiles.write(file, false, bytes);
        return new Manifest.Document(KIND, meta.title(), Audience.BOARD.id(), format.extension(), path(format),
                sha256(bytes), bytes.length, pages, refs, List.of());
    }

    private byte[] assemblePdf(DocumentMeta meta, List<Manifest.Document> chosen) throws IOException {
        List<BoardPackCover.Entry> entries = new ArrayList<>();
        List<PdfPack.Source> sources = new ArrayList<>();
        for (Manifest.Document d : chosen) {
            byte[] pdf = Files.readAllBytes(outputDir.resolve(d.path()));
            entries.add(new BoardPackCover.Entry(d.title(), kindName(d.kind()), PdfPack.pages(pdf)));
            sources.add(new PdfPack.Source(d.title(), pdf));
        }
        BoardPackCover.Rendered cover = BoardPackCover.render(meta, period, entries, context,
                markingNote(meta, terms));
        return PdfPack.assemble(cover.pdf(), "Cover and contents", sources, meta.title(), context);
    }

    private byte[] assembleDocx(DocumentMeta meta, List<Manifest.Document> chosen) throws IOException {
        List<DocxPack.Source> sources = new ArrayList<>();
        for (Manifest.Document d : chosen) {
            sources.add(new DocxPack.Source(d.title(), kindName(d.kind()),
                    Files.readAllBytes(outputDir.resolve(d.path()))));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        DocxPack.assemble(meta, sources, context, out, markingNote(meta, terms));
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
