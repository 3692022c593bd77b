package qaf.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import qaf.document.Figure;

/**
 * Horizontal stacked bars of counts, one bar per category, with each segment's count printed on it,
 * so the chart reads without its colours. Zero segments have no label (they have no width either).
 * The caller writes the alternative text, because only it knows what the counts mean.
 */
public final class CountBarChart {
    /** Width of every bar chart of the overviews: the portrait A4 text width. */
    public static final double WIDTH = 523;

    private CountBarChart() {
    }

    /**
     * One stacked series. Fill colours must keep black text readable (contrast 4.5:1 or more).
     *
     * @param rgb fill colour, e.g. 0xE06666
     */
    public record Series(String name, int rgb) {
    }

    /**
     * @param categories bar labels, top to bottom
     * @param counts counts[series][category]
     */
    public static Figure figure(String title, String altText, String axisLabel, List<String> categories,
            List<Series> series, int[][] counts) {
        List<String> cats = List.copyOf(categories);
        List<Series> ser = List.copyOf(series);
        if (counts.length != ser.size()) {
            throw new IllegalArgumentException(counts.length + " rows of counts for " + ser.size() + " series");
        }
        int[][] copy = new int[counts.length][];
        for (int s = 0; s < counts.length; s++) {
            if (counts[s].length != cats.size()) {
                throw new IllegalArgumentException("series " + s + " has " + counts[s].length + " counts for "
                        + cats.size() + " categories");
            }
            copy[s] = counts[s].clone();
        }
        double height = 90 + 17.0 * cats.size();
        return new Figure(title, altText, WIDTH, height, (g, area) -> paint(cats, ser, copy, axisLabel, g, area));
    }

    private static void paint(List<String> categories, List<Series> series, int[][] counts, String axisLabel,
            Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart(categories, series, counts, axisLabel).draw(g, area);
    }

    static JFreeChart chart(List<String> categories, List<Series> series, int[][] counts, String axisLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int max = 1;
        for (int c = 0; c < categories.size(); c++) {
            int total = 0;
            for (int s = 0; s < series.size(); s++) {
                data.addValue(counts[s][c], series.get(s).name(), categories.get(c));
                total += counts[s][c];
            }
            max = Math.max(max, total);
        }
        Font regular = ChartFonts.REGULAR.deriveFont(8.5f);
        CategoryAxis cats = new CategoryAxis(null);
        cats.setTickLabelFont(regular);
        cats.setCategoryMargin(0.25);
        cats.setLowerMargin(0.01);
        cats.setUpperMargin(0.01);
        cats.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis(axisLabel);
        values.setLabelFont(regular);
        values.setTickLabelFont(regular);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setRange(0, max);

        StackedBarRenderer bars = new StackedBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlinePaint(Color.WHITE);
        bars.setDefaultOutlineStroke(new BasicStroke(0.8f));
        for (int s = 0; s < series.size(); s++) {
            bars.setSeriesPaint(s, new Color(series.get(s).rgb()));
            bars.setSeriesOutlinePaint(s, Color.WHITE);
        }
        // A segment's count on the segment; null (no label) for a zero count.
        bars.setDefaultItemLabelGenerator(new NonZeroCount());
        bars.setDefaultItemLabelFont(ChartFonts.BOLD.deriveFont(8f));
        bars.setDefaultItemLabelPaint(new Color(0x1A, 0x1A, 0x1A));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));

        CategoryPlot plot = new CategoryPlot(data, cats, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xC8, 0xCC, 0xD2));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, regular, plot, true);
        chart.getLegend().setItemFont(regular);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    /** A segment's count on the segment; no label for a zero count. */
    private static final class NonZeroCount extends StandardCategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number n = dataset.getValue(row, column);
            return n == null || n.intValue() == 0 ? null : Integer.toString(n.intValue());
        }
    }
}
