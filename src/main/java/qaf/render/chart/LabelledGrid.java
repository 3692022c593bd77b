package qaf.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import qaf.document.Figure;

/**
 * A heat map whose every cell carries its value as text ("2→1", "–"), so it reads in black and white
 * and the colour only helps the eye. Rows are drawn top to bottom in the given order.
 */
public final class LabelledGrid {
    private static final double ROW_LABEL_WIDTH = 215;
    private static final double ROW_HEIGHT = 16;
    private static final double HEADER_HEIGHT = 22;
    private static final double LEGEND_HEIGHT = 26;
    private static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    private static final Color GRID = new Color(0xA6, 0xA6, 0xA6);

    private LabelledGrid() {
    }

    /**
     * @param rgb fill, or null for an empty (white) cell; must keep black text readable
     */
    public record Cell(String text, Integer rgb) {
    }

    /** A legend entry: a swatch and what it means. */
    public record Key(String label, int rgb) {
    }

    /**
     * @param columns column headings (short: they sit above narrow cells)
     * @param rows row labels
     * @param cells cells[row][column]
     */
    public static Figure figure(String title, String altText, List<String> columns, List<String> rows,
            List<List<Cell>> cells, List<Key> legend) {
        List<String> cols = List.copyOf(columns);
        List<String> rws = List.copyOf(rows);
        List<List<Cell>> grid = cells.stream().map(List::copyOf).toList();
        if (grid.size() != rws.size()) {
            throw new IllegalArgumentException(grid.size() + " rows of cells for " + rws.size() + " row labels");
        }
        for (List<Cell> row : grid) {
            if (row.size() != cols.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells for " + cols.size() + " columns");
            }
        }
        List<Key> keys = List.copyOf(legend);
        double height = HEADER_HEIGHT + ROW_HEIGHT * Math.max(1, rws.size()) + LEGEND_HEIGHT + 4;
        return new Figure(title, altText, CountBarChart.WIDTH, height,
                (g, area) -> paint(cols, rws, grid, keys, g, area));
    }

    private static void paint(List<String> columns, List<String> rows, List<List<Cell>> cells, List<Key> legend,
            Graphics2D g0, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            // Drawn at natural size in its own coordinates, then scaled to whatever area it is given.
            double naturalHeight = HEADER_HEIGHT + ROW_HEIGHT * Math.max(1, rows.size()) + LEGEND_HEIGHT + 4;
            double scale = Math.min(area.getWidth() / CountBarChart.WIDTH, area.getHeight() / naturalHeight);
            g.translate(area.getX(), area.getY());
            g.transform(AffineTransform.getScaleInstance(scale, scale));
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, CountBarChart.WIDTH, naturalHeight));

            Font regular = ChartFonts.REGULAR.deriveFont(8f);
            Font bold = ChartFonts.BOLD.deriveFont(8f);
            double cellWidth = (CountBarChart.WIDTH - ROW_LABEL_WIDTH) / Math.max(1, columns.size());
            g.setFont(bold);
            for (int c = 0; c < columns.size(); c++) {
                centred(g, columns.get(c), ROW_LABEL_WIDTH + c * cellWidth, 0, cellWidth, HEADER_HEIGHT, TEXT);
            }
            g.setStroke(new BasicStroke(0.5f));
            for (int r = 0; r < rows.size(); r++) {
                double y = HEADER_HEIGHT + r * ROW_HEIGHT;
                g.setFont(regular);
                g.setColor(TEXT);
                String label = fit(g, rows.get(r), ROW_LABEL_WIDTH - 6);
                g.drawString(label, 2f, (float) (y + baseline(g, ROW_HEIGHT)));
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = cells.get(r).get(c);
                    Rectangle2D box = new Rectangle2D.Double(ROW_LABEL_WIDTH + c * cellWidth, y, cellWidth, ROW_HEIGHT);
                    g.setColor(cell.rgb() == null ? Color.WHITE : new Color(cell.rgb()));
                    g.fill(box);
                    g.setColor(GRID);
                    g.draw(box);
                    g.setFont(bold);
                    centred(g, cell.text(), box.getX(), y, cellWidth, ROW_HEIGHT, TEXT);
                }
            }
            double ly = HEADER_HEIGHT + ROW_HEIGHT * Math.max(1, rows.size()) + 8;
            double x = ROW_LABEL_WIDTH;
            g.setFont(regular);
            for (Key k : legend) {
                Rectangle2D swatch = new Rectangle2D.Double(x, ly, 12, 10);
                g.setColor(new Color(k.rgb()));
                g.fill(swatch);
                g.setColor(GRID);
                g.draw(swatch);
                g.setColor(TEXT);
                g.drawString(k.label(), (float) (x + 16), (float) (ly + 9));
                x += 22 + g.getFontMetrics().stringWidth(k.label());
            }
        } finally {
            g.dispose();
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
