package qaf.boardpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import qaf.render.RenderContext;
import qaf.render.pdf.GlyphSubstitution;
import qaf.render.pdf.JasperPdf;
import qaf.render.pdf.PageFurniture;
import qaf.document.DocumentMeta;

/**
 * The board pack's cover and contents as an accessible PDF, from
 * {@code report-templates/board-pack-cover.jrxml}. The page each document starts on depends on how
 * many pages the cover itself takes, so the cover is filled again until that count settles.
 */
final class BoardPackCover {
    static final String TEMPLATE = "board-pack-cover";
    private static final int MAX_ATTEMPTS = 4;

    /** One contents line: a document's title, its kind's name and how many pages it has. */
    record Entry(String title, String kind, int pages) {
    }

    /** The rendered cover and the pack page (1-based) each entry starts on. */
    record Rendered(byte[] pdf, int pages, List<Integer> startPages) {
    }

    private BoardPackCover() {
    }

    static Rendered render(DocumentMeta meta, String period, List<Entry> entries, RenderContext context,
            String markingNote)
            throws IOException {
        int coverPages = 1;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            List<Integer> starts = startPages(coverPages, entries);
            byte[] pdf = fill(meta, period, entries, starts, context, markingNote);
            int actual = PdfPack.pages(pdf);
            if (actual == coverPages) {
                return new Rendered(pdf, actual, starts);
            }
            coverPages = actual;
        }
        throw new IllegalStateException("the board pack cover's page count did not settle");
    }

    static List<Integer> startPages(int coverPages, List<Entry> entries) {
        List<Integer> starts = new ArrayList<>();
        int next = coverPages + 1;
        for (Entry e : entries) {
            starts.add(next);
            next += e.pages();
        }
        return starts;
    }

    private static byte[] fill(DocumentMeta meta, String period, List<Entry> entries, List<Integer> starts,
            RenderContext context, String markingNote) throws IOException {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        Map<String, Object> p = PageFurniture.parameters(meta, glyphs);
        p.put("SUBTITLE", glyphs.apply(meta.partnershipName()));
        p.put("PERIOD", glyphs.apply(meta.subtitle()));
        p.put("MARKING_NOTE", glyphs.apply(markingNote));
        p.put("SUMMARY", glyphs.apply(entries.size() + (entries.size() == 1 ? " document" : " documents")
                + " follow, in the order listed. Page numbers are those of this pack."));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            rows.add(Map.of(
                    "title", JasperPdf.cellText(glyphs.apply(e.title())),
                    "kind", JasperPdf.cellText(glyphs.apply(e.kind())),
                    "page", Integer.toString(starts.get(i))));
        }
        p.put("CONTENTS", new JRMapCollectionDataSource(rows));
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        JasperPdf.render(TEMPLATE, p, new JREmptyDataSource(1), 1, glyphs.apply(meta.title()), context, out);
        return out.toByteArray();
    }
}
