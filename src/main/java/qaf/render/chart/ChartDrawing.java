package qaf.render.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import qaf.document.Chart;

/**
 * Draws a {@link Chart} description: the one place charts are painted, for the PDF (vectors) and the
 * DOCX (a raster of the same drawing). Deterministic: the same chart and style give the same drawing.
 */
public final class ChartDrawing {
    private ChartDrawing() {
    }

    /** Draws {@code chart} into {@code area} with the bundled style. */
    public static void paint(Chart chart, Graphics2D g, Rectangle2D area) {
        paint(chart, ChartStyle.bundled(), g, area);
    }

    public static void paint(Chart chart, ChartStyle style, Graphics2D g0, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Chart.Plot plot = chart.plot();
            if (plot instanceof Chart.Bars bars) {
                BarDrawing.chart(bars, style).draw(g, area);
            } else if (plot instanceof Chart.Grid grid) {
                GridDrawing.paint(grid, style, g, area);
            } else if (plot instanceof Chart.Timeline timeline) {
                TimelineDrawing.chart(timeline, style).draw(g, area);
            } else {
                throw new IllegalArgumentException("no drawing for " + plot.getClass().getSimpleName());
            }
        } finally {
            g.dispose();
        }
    }
}
