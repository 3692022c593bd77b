package qaf.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import qaf.document.Chart;

/**
 * A heat map whose every cell carries its value as text ("2→1", "–"), so it reads in black and white
 * and the tone only helps the eye. Drawn at its natural size in its own coordinates, then scaled into
 * whatever area it is given.
 */
final class GridDrawing {
    private static final double ROW_LABEL_WIDTH = 215;
    private static final double ROW_HEIGHT = 16;
    private static final double HEADER_HEIGHT = 22;

    private GridDrawing() {
    }

    static void paint(Chart.Grid grid, ChartStyle style, Graphics2D g, Rectangle2D area) {
        List<String> columns = grid.columns();
        List<String> rows = grid.rows();
        double width = grid.widthPt();
        double naturalHeight = grid.heightPt();
        double scale = Math.min(area.getWidth() / width, area.getHeight() / naturalHeight);
        g.translate(area.getX(), area.getY());
        g.transform(AffineTransform.getScaleInstance(scale, scale));
        g.setColor(style.background());
        g.fill(new Rectangle2D.Double(0, 0, width, naturalHeight));

        Font regular = style.regular(8f);
        Font bold = style.bold(8f);
        double cellWidth = (width - ROW_LABEL_WIDTH) / Math.max(1, columns.size());
        g.setFont(bold);
        for (int c = 0; c < columns.size(); c++) {
            centred(g, columns.get(c), ROW_LABEL_WIDTH + c * cellWidth, 0, cellWidth, HEADER_HEIGHT, style.text());
        }
        g.setStroke(new BasicStroke(0.5f));
        for (int r = 0; r < rows.size(); r++) {
            double y = HEADER_HEIGHT + r * ROW_HEIGHT;
            g.setFont(regular);
            g.setColor(style.text());
            g.drawString(fit(g, rows.get(r), ROW_LABEL_WIDTH - 6), 2f, (float) (y + baseline(g, ROW_HEIGHT)));
            for (int c = 0; c < columns.size(); c++) {
                Chart.GridCell cell = grid.cells().get(r).get(c);
                Rectangle2D box = new Rectangle2D.Double(ROW_LABEL_WIDTH + c * cellWidth, y, cellWidth, ROW_HEIGHT);
                g.setColor(cell.tone() == null ? style.background() : style.tone(cell.tone()));
                g.fill(box);
                g.setColor(style.border());
                g.draw(box);
                g.setFont(bold);
                centred(g, cell.text(), box.getX(), y, cellWidth, ROW_HEIGHT, style.text());
            }
        }
        double ly = HEADER_HEIGHT + ROW_HEIGHT * Math.max(1, rows.size()) + 8;
        double x = ROW_LABEL_WIDTH;
        g.setFont(regular);
        for (Chart.Key k : grid.legend()) {
            Rectangle2D swatch = new Rectangle2D.Double(x, ly, 12, 10);
            g.setColor(k.tone() == null ? style.background() : style.tone(k.tone()));
            g.fill(swatch);
            g.setColor(style.border());
            g.draw(swatch);
            g.setColor(style.text());
            g.drawString(k.label(), (float) (x + 16), (float) (ly + 9));
            x += 22 + g.getFontMetrics().stringWidth(k.label());
        }
    }

    private static double baseline(Graphics2D g, double height) {
        FontMetrics fm = g.getFontMetrics();
        return (height + fm.getAscent() - fm.getDescent()) / 2;
    }

    private static void centred(Graphics2D g, String text, double x, double y, double w, double h, Color colour) {
        FontMetrics fm = g.getFontMetrics();
        String shown = fit(g, text, w - 2);
        g.setColor(colour);
        g.drawString(shown, (float) (x + (w - fm.stringWidth(shown)) / 2), (float) (y + baseline(g, h)));
    }

    /** Shortens a label with an ellipsis until it fits (the full label is in the table and alt text). */
    private static String fit(Graphics2D g, String text, double width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String s = text;
        while (!s.isEmpty() && fm.stringWidth(s + "\u2026") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "\u2026";
    }
}
