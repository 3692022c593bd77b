package qaf.closetheloop;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import qaf.closetheloop.CloseTheLoopDocument.Field;
import qaf.closetheloop.CloseTheLoopDocument.Kind;
import qaf.closetheloop.CloseTheLoopDocument.Section;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.pdf.GlyphSubstitution;
import qaf.render.pdf.JasperPdf;
import qaf.render.pdf.PageFurniture;

/**
 * The close-the-loop form as a printable, accessible PDF from {@code report-templates/close-the-loop.jrxml}:
 * one row per field; empty answers are empty boxes to write in; choices are printed as tick boxes.
 */
public final class CloseTheLoopPdf implements Renderer<CloseTheLoopDocument> {
    static final String TEMPLATE = "close-the-loop";

    @Override
    public void render(CloseTheLoopDocument form, RenderContext context, OutputStream out) throws IOException {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        Map<String, Object> p = PageFurniture.parameters(form.meta(), glyphs);
        p.put("SUBTITLE", glyphs.apply(form.meta().subtitle()));
        p.put("PURPOSE", glyphs.apply(form.purpose()));
        p.put("STATUS", glyphs.apply(form.status()));
        p.put("INSTRUCTION", CloseTheLoopDocument.PDF_INSTRUCTION);
        List<Map<String, ?>> rows = new ArrayList<>();
        int index = 0;
        for (Section section : form.sections()) {
            index++;
            Kind previous = null;
            for (Field field : section.fields()) {
                Map<String, Object> row = new HashMap<>();
                // A run of facts opens with column heads, as the DOCX's facts table does.
                row.put("factsStart", field.kind() == Kind.FACT && previous != Kind.FACT);
                previous = field.kind();
                row.put("section", glyphs.apply(section.heading()));
                row.put("sectionIndex", index);
                row.put("guidance", glyphs.apply(section.guidance()));
                row.put("label", glyphs.apply(field.label()));
                row.put("showLabel", !field.label().equals(section.heading()));
                // An empty answer box still holds a no-break space, so its text element (and the
                // box's reading order) survives export.
                row.put("value", JasperPdf.cellText(glyphs.apply(field.value())));
                row.put("kind", field.kind().name());
                row.put("notRecorded", field.notRecorded());
                row.put("choices", choices(field));
                rows.add(row);
            }
        }
        JasperPdf.render(TEMPLATE, p, new JRMapCollectionDataSource(rows), rows.size(),
                glyphs.apply(form.meta().title()), context, out);
        glyphs.logSummary(form.meta().kind());
    }

    /** "☒ Yes    ☐ No": the chosen option ticked, all unticked when unanswered. */
    static String choices(Field field) {
        StringBuilder s = new StringBuilder();
        for (String option : field.options()) {
            s.append(s.length() == 0 ? "" : "    ").append(option.equals(field.value()) ? "\u2612 " : "\u2610 ")
                    .append(option);
        }
        return s.toString();
    }
}
