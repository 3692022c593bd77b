package qaf.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import qaf.document.Figure;

/**
 * Counts by red / amber / green / not rated for a few categories (e.g. the sources of actions), as
 * horizontal grouped bars. Every bar carries its count as a label and the legend names each colour,
 * so the chart reads in black and white; the alternative text states every count.
 */
public final class RagBarChart {
    /** The series, in drawing and legend order. */
    static final List<String> SERIES = List.of("Red", "Amber", "Green", "Not rated (cancelled)");
    // Saturated enough to tell apart, dark enough that the grey and amber still show on white.
    private static final Color[] PAINT = {
        new Color(0xB0, 0x2A, 0x1E), new Color(0xE0, 0x8A, 0x00), new Color(0x2E, 0x7D, 0x32),
        new Color(0x80, 0x80, 0x80)};

    private RagBarChart() {
    }

    /** One category's counts. */
    public record Category(String label, int red, int amber, int green, int notRated) {
        int value(int series) {
            return switch (series) {
                case 0 -> red;
                case 1 -> amber;
                case 2 -> green;
                default -> notRated;
            };
        }

        int total() {
            return red + amber + green + notRated;
        }
    }

    /**
     * @param subject what is counted, in the alt text, e.g. "Actions by source as at 31 March 2019"
     */
    public static Figure figure(String title, String subject, List<Category> categories) {
        List<Category> copy = List.copyOf(categories);
        double height = Math.max(150, 60 + 34.0 * copy.size());
        return new Figure(title, altText(subject, copy), 720, height, (g, area) -> paint(copy, g, area));
    }

    static String altText(String subject, List<Category> categories) {
        if (categories.isEmpty()) {
            return subject + ": nothing to count.";
        }
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
        List<String> parts = new ArrayList<>();
        for (Category c : categories) {
            parts.add(c.label() + " " + n.format(c.red()) + " red, " + n.format(c.amber()) + " amber, "
                    + n.format(c.green()) + " green, " + n.format(c.notRated()) + " not rated (" + n.format(c.total())
                    + " in all)");
        }
        return "Bar chart. " + subject + ": " + String.join("; ", parts) + ".";
    }

    private static void paint(List<Category> categories, Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart(categories).draw(g, area);
    }

    static JFreeChart chart(List<Category> categories) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Category c : categories) {
            for (int s = 0; s < SERIES.size(); s++) {
                data.addValue(c.value(s), SERIES.get(s), c.label());
            }
        }
        Font regular = ChartFonts.REGULAR.deriveFont(9f);
        Font bold = ChartFonts.BOLD.deriveFont(8.5f);
        CategoryAxis sources = new CategoryAxis(null);
        sources.setTickLabelFont(regular);
        sources.setCategoryMargin(0.25);
        sources.setMaximumCategoryLabelWidthRatio(0.4f);
        NumberAxis counts = new NumberAxis("Actions");
        counts.setLabelFont(regular);
        counts.setTickLabelFont(regular);
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.UK));
        int max = categories.stream().mapToInt(c -> Math.max(Math.max(c.red(), c.amber()),
                Math.max(c.green(), c.notRated()))).max().orElse(0);
        // Room to the right of the longest bar for its label.
        counts.setRange(0, Math.max(1, max) * 1.15 + 0.5);

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setItemMargin(0.05);
        for (int s = 0; s < SERIES.size(); s++) {
            bars.setSeriesPaint(s, PAINT[s]);
        }
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                NumberFormat.getIntegerInstance(Locale.UK)));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(bold);
        bars.setDefaultItemLabelPaint(Color.BLACK);
        bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        bars.setItemLabelAnchorOffset(3);

        CategoryPlot plot = new CategoryPlot(data, sources, counts, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xC8, 0xCC, 0xD2));
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, regular, plot, true);
        chart.getLegend().setItemFont(regular);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }
}
