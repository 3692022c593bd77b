package qaf.briefing;

import java.io.IOException;
import java.io.OutputStream;
import qaf.briefing.SevenMinuteBriefing.Findings;
import qaf.briefing.SevenMinuteBriefing.Panel;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.docx.DocxDocument;
import qaf.render.docx.HouseStyle;
import qaf.render.docx.Span;

/**
 * The "text-only version" partnerships publish beside the designed briefing: linear and accessible,
 * a level-1 heading per section in order, each paragraph of the section its own paragraph, then what
 * the evaluation found and any notes. Nothing is laid out in columns or boxes.
 */
public final class BriefingDocx implements Renderer<SevenMinuteBriefing> {
    private final HouseStyle houseStyle;

    public BriefingDocx() {
        this(HouseStyle.bundled());
    }

    public BriefingDocx(HouseStyle houseStyle) {
        this.houseStyle = houseStyle;
    }

    @Override
    public void render(SevenMinuteBriefing b, RenderContext context, OutputStream out) throws IOException {
        DocxDocument doc = DocxDocument.create(b.meta(), context, houseStyle);
        doc.title(b.meta().title());
        doc.subtitle(b.kicker() + " (text-only version)");
        doc.paragraph(b.sourceLine());
        doc.paragraph(b.publishedLine());
        doc.paragraph("Seven short sections for a team leader to read with a team in seven minutes.");
        for (Panel p : b.panels()) {
            doc.heading(1, p.number() + ". " + p.heading());
            if (p.placeholder()) {
                doc.paragraph(Span.emphasis(p.text()));
            } else {
                for (String paragraph : p.text().split("\\n")) {
                    if (!paragraph.isBlank()) {
                        doc.paragraph(paragraph.strip());
                    }
                }
            }
        }
        Findings f = b.findings();
        if (f != null) {
            doc.heading(1, Findings.HEADING);
            for (String s : f.statements()) {
                doc.paragraph(s);
            }
            doc.bulletList(f.themeItems());
        }
        if (!b.notes().isEmpty()) {
            doc.heading(1, "Notes");
            doc.bulletList(b.notes());
        }
        doc.save(out);
    }
}
