package qaf.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import qaf.compose.Charts;
import qaf.document.Chart;

class BarDrawingTest {
    /**
     * The action tracker's chart (four RAG bars per source, each with its count beside it): at the
     * chart's natural height every bar is as tall as its count's text, so no two counts overlap.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 12})
    void everySideBySideBarIsAsTallAsItsCount(int sources) {
        List<Charts.RagCounts> counts = new ArrayList<>();
        for (int i = 0; i < sources; i++) {
            counts.add(new Charts.RagCounts("Source " + (i + 1), i % 4, 1, 10 + i, i % 2));
        }
        Chart chart = Charts.rag("Actions by source", "Actions by source", "Actions", counts);
        List<Rectangle2D> bars = drawnBars(chart);
        assertEquals(sources * 4, bars.size(), "one bar per source and rating");

        ChartStyle style = ChartStyle.bundled();
        LineMetrics count = style.bold(style.valueSize())
                .getLineMetrics("0123456789", new FontRenderContext(null, true, true));
        double textHeight = count.getAscent() + count.getDescent();
        bars.sort(Comparator.comparingDouble(Rectangle2D::getCenterY));
        for (int i = 0; i < bars.size(); i++) {
            Rectangle2D bar = bars.get(i);
            assertTrue(bar.getHeight() >= textHeight, "bar " + i + " is " + bar.getHeight()
                    + " pt tall, its count's text " + textHeight + " pt");
            if (i > 0) {
                // Counts are centred on their bars: centres a text height apart never overlap.
                double apart = bar.getCenterY() - bars.get(i - 1).getCenterY();
                assertTrue(apart >= textHeight, "counts of bars " + (i - 1) + " and " + i + " are "
                        + apart + " pt apart");
            }
        }
    }

    private static List<Rectangle2D> drawnBars(Chart chart) {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            BarDrawing.chart((Chart.Bars) chart.plot(), ChartStyle.bundled())
                    .draw(g, new Rectangle2D.Double(0, 0, chart.widthPt(), chart.heightPt()), info);
        } finally {
            g.dispose();
        }
        List<Rectangle2D> bars = new ArrayList<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof CategoryItemEntity item) {
                bars.add(((ChartEntity) item).getArea().getBounds2D());
            }
        }
        return bars;
    }
}
