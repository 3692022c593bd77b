package qaf.chronology;

import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.pdf.FigureRenderable;
import qaf.render.pdf.GlyphSubstitution;
import qaf.render.pdf.JasperPdf;
import qaf.render.pdf.RowSource;
import qaf.render.pdf.PageFurniture;

/**
 * The chronology as an accessible PDF, from {@code report-templates/chronology.jrxml}: title block,
 * summary, entries per agency, notes, the timeline figure, then the entries under a heading per year.
 */
public final class ChronologyPdf implements Renderer<ChronologyDocument> {
    static final String TEMPLATE = "chronology";

    @Override
    public void render(ChronologyDocument doc, RenderContext context, OutputStream out) throws IOException {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.UK);
        Map<String, Object> p = PageFurniture.parameters(doc.meta(), glyphs);
        p.put("SUBTITLE", glyphs.apply(doc.meta().subtitle()));
        p.put("CHILD_NAME", glyphs.apply(doc.childName()));
        p.put("DATE_OF_BIRTH", ChronologyWords.dateOfBirth(doc));
        p.put("CONTEXT", glyphs.apply(doc.context()));
        p.put("HEADING_SUMMARY", ChronologyWords.SUMMARY);
        p.put("HEADING_PER_AGENCY", ChronologyWords.PER_AGENCY);
        p.put("HEADING_NOTES", ChronologyWords.NOTES);
        p.put("HEADING_TIMELINE", ChronologyWords.TIMELINE);
        p.put("HEADING_CHRONOLOGY", ChronologyWords.CHRONOLOGY);
        p.put("SUMMARY", String.join("\n", ChronologyWords.summary(doc).stream().map(ChronologyWords.Fact::line).toList()));
        p.put("VOICE_WITHOUT_ACTION", ChronologyWords.voiceWithoutAction(doc).line());
        p.put("ENTRY_TOTAL", doc.entries().size());
        p.put("ORDER", ChronologyWords.ORDER);
        p.put("NO_ENTRIES", ChronologyWords.NO_ENTRIES);
        p.put("AGENCIES", new JRMapCollectionDataSource(doc.agencies().stream()
                .<Map<String, ?>>map(a -> Map.of("name", glyphs.apply(a.name()), "entries", count.format(a.entries())))
                .toList()));
        p.put("NOTES", String.join("\n", doc.notes().stream().map(n -> "\u2022 " + glyphs.apply(n)).toList()));
        if (doc.timeline() != null) {
            p.put("TIMELINE", new FigureRenderable(doc.timeline()));
            p.put("TIMELINE_TITLE", ChronologyWords.figureCaption(glyphs.apply(doc.timeline().title())));
            p.put("TIMELINE_ALT", glyphs.apply(doc.timeline().altText()));
        }
        String title = glyphs.apply(doc.meta().title());
        JasperPdf.render(TEMPLATE, p, new RowSource<>(doc.entries(), (row, field) -> field(row, field, glyphs)), doc.entries().size(), title, context, out);
        glyphs.logSummary(doc.meta().kind());
    }

    /** The entries as report rows; text is checked for glyphs as each row is read, not copied up front. */
    private static Object field(ChronologyDocument.Entry e, String field, GlyphSubstitution glyphs) {
        return switch (field) {
            case "year" -> e.year();
            case "dateLabel" -> JasperPdf.cellText(glyphs.apply(e.dateLabel()));
            case "agencyName" -> JasperPdf.cellText(glyphs.apply(e.agencyName()));
            case "source" -> JasperPdf.cellText(glyphs.apply(e.source()));
            case "event" -> JasperPdf.cellText(glyphs.apply(e.event()));
            case "childVoice" -> JasperPdf.cellText(glyphs.apply(e.childVoice()));
            case "action" -> JasperPdf.cellText(glyphs.apply(e.action()));
            case "impact" -> JasperPdf.cellText(glyphs.apply(e.impact()));
            case "keyEvent" -> e.keyEvent();
            case "voiceWithoutAction" -> e.voiceWithoutAction();
            default -> throw RowSource.unknownField("chronology.jrxml", field);
        };
    }
}
