package qaf.briefing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import qaf.briefing.SevenMinuteBriefing.Panel;
import qaf.render.RenderContext;
import qaf.render.Renderer;
import qaf.render.pdf.GlyphSubstitution;
import qaf.render.pdf.JasperPdf;
import qaf.render.pdf.RowSource;
import qaf.render.pdf.PageFurniture;

/**
 * The designed briefing, from {@code report-templates/seven-minute-briefing.jrxml}: one landscape A4
 * page with a title banner and seven numbered panels in a 4 + 3 grid, the eighth cell holding what the
 * evaluation found (or what the briefing is for) and any notes.
 *
 * <p>Text is never cut: the seven panels share the largest type size from 13 pt down to 8 pt at which
 * each fits its box (the eighth cell is sized on its own); a panel that does not fit even at 8 pt shows its opening words, marked "continued
 * overleaf", and is printed in full on the following page(s).
 */
public final class BriefingPdf implements Renderer<SevenMinuteBriefing> {
    static final String TEMPLATE = "seven-minute-briefing";
    /** The body box of a numbered panel and of the eighth cell, as in the template. */
    static final float PANEL_BODY_WIDTH = 172;
    static final float PANEL_BODY_HEIGHT = 153;
    static final float ASIDE_BODY_WIDTH = 172;
    static final float ASIDE_BODY_HEIGHT = 161;
    static final String CONTINUED = " \u2026 (continued overleaf)";

    @Override
    public void render(SevenMinuteBriefing b, RenderContext context, OutputStream out) throws IOException {
        GlyphSubstitution glyphs = GlyphSubstitution.forDejaVuSans();
        Layout layout = layout(b, glyphs);
        Map<String, Object> p = PageFurniture.parameters(b.meta(), glyphs);
        p.put("KICKER", glyphs.apply(b.kicker()));
        p.put("SOURCE_LINE", glyphs.apply(b.sourceLine() + "  \u00b7  " + b.publishedLine()));
        for (int i = 0; i < b.panels().size(); i++) {
            Panel panel = b.panels().get(i);
            p.put("P" + panel.number() + "_HEADING", glyphs.apply(panel.heading()));
            p.put("P" + panel.number() + "_TEXT", layout.firstPage().get(i));
        }
        p.put("ASIDE_HEADING", glyphs.apply(asideHeading(b)));
        p.put("ASIDE_TEXT", layout.firstPage().get(b.panels().size()));
        p.put("BODY_SIZE", layout.size());
        p.put("ASIDE_SIZE", layout.asideSize());
        String title = glyphs.apply(b.meta().title());
        JasperPdf.render(TEMPLATE, p, new RowSource<>(layout.continued(), BriefingPdf::field), layout.continued().size(), title,
                context, out);
        glyphs.logSummary(b.meta().kind());
    }

    /**
     * What each of the eight cells shows on page one, the seven panels' shared size, the eighth
     * cell's own size, and what continues in full after the page.
     */
    record Layout(int size, int asideSize, List<String> firstPage, List<Continued> continued) {
    }

    /** A section printed in full after the designed page. */
    record Continued(String heading, String text) {
    }

    static Layout layout(SevenMinuteBriefing b, GlyphSubstitution glyphs) {
        List<String> texts = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (Panel panel : b.panels()) {
            texts.add(glyphs.apply(panel.text()));
            headings.add(panel.number() + ". " + glyphs.apply(panel.heading()));
        }
        int panels = texts.size();
        texts.add(glyphs.apply(asideText(b)));
        headings.add(glyphs.apply(asideHeading(b)));

        // The seven panels share one size so the page reads evenly; the eighth cell is a sidebar of
        // figures and notes and is sized on its own.
        int size = Integer.MAX_VALUE;
        int[] fit = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            fit[i] = PanelFit.largestFit(texts.get(i), width(i, b), height(i, b));
            if (i < panels && fit[i] != 0) {
                size = Math.min(size, fit[i]);
            }
        }
        // When no panel fits at all, the openings are shown as small as the rest would be at worst.
        size = size == Integer.MAX_VALUE ? PanelFit.MIN_SIZE : size;
        int asideSize = fit[panels] == 0 ? PanelFit.MIN_SIZE : fit[panels];
        List<String> firstPage = new ArrayList<>();
        List<Continued> continued = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int cellSize = i < panels ? size : asideSize;
            if (fit[i] == 0) {
                // The opening words stay in the panel, so the page still reads as seven sections.
                firstPage.add(PanelFit.prefixThatFits(texts.get(i), CONTINUED, width(i, b), height(i, b), cellSize));
                continued.add(new Continued(headings.get(i) + " (in full)", texts.get(i)));
            } else {
                firstPage.add(texts.get(i));
            }
        }
        return new Layout(size, asideSize, firstPage, continued);
    }

    private static float width(int cell, SevenMinuteBriefing b) {
        return cell < b.panels().size() ? PANEL_BODY_WIDTH : ASIDE_BODY_WIDTH;
    }

    private static float height(int cell, SevenMinuteBriefing b) {
        return cell < b.panels().size() ? PANEL_BODY_HEIGHT : ASIDE_BODY_HEIGHT;
    }

    static String asideHeading(SevenMinuteBriefing b) {
        return BriefingAside.heading(b);
    }

    /** The eighth cell: the evaluation's figures, or what a briefing is for; then any notes. */
    static String asideText(SevenMinuteBriefing b) {
        return String.join("\n", BriefingAside.lines(b).stream().map(BriefingAside.Line::printed).toList());
    }

    private static Object field(Continued c, String field) {
        return switch (field) {
            case "heading" -> c.heading();
            case "text" -> c.text();
            default -> throw RowSource.unknownField("seven-minute-briefing.jrxml", field);
        };
    }
}
