package qaf.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
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
 * Grouped bars of two grade distributions side by side per grade (for evaluations: the agencies'
 * self-grades against the final grades). Every bar carries its count as a label and the two series
 * differ in lightness as well as hue, so the chart reads in black and white; the alternative text
 * states every count.
 */
public final class GradeComparisonChart {
    private static final Color FIRST = new Color(0x9D, 0xB9, 0xD8);
    private static final Color SECOND = new Color(0x1F, 0x38, 0x64);

    private GradeComparisonChart() {
    }

    /** One grade's two counts. */
    public record Bar(String grade, int first, int second) {
    }

    /**
     * @param firstName the first series, e.g. "Self-grade"
     * @param secondName the second series, e.g. "Final grade"
     * @param bars in display order (best grade first)
     */
    public static Figure figure(String title, String firstName, String secondName, List<Bar> bars) {
        List<Bar> copy = List.copyOf(bars);
        return new Figure(title, altText(firstName, secondName, copy), 520, 230,
                (g, area) -> paint(firstName, secondName, copy, g, area));
    }

    static String altText(String firstName, String secondName, List<Bar> bars) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        int total = 0;
        for (Bar b : bars) {
            first.add(b.grade() + " " + b.first());
            second.add(b.grade() + " " + b.second());
            total += b.first();
        }
        return "Bar chart of " + total + (total == 1 ? " grade" : " grades") + ", " + firstName.toLowerCase(java.util.Locale.UK)
                + " against " + secondName.toLowerCase(java.util.Locale.UK) + ". " + firstName + ": "
                + String.join(", ", first) + ". " + secondName + ": " + String.join(", ", second) + ".";
    }

    private static void paint(String firstName, String secondName, List<Bar> bars, Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart(firstName, secondName, bars).draw(g, area);
    }

    static JFreeChart chart(String firstName, String secondName, List<Bar> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int max = 0;
        for (Bar b : bars) {
            data.addValue(b.first(), firstName, b.grade());
            data.addValue(b.second(), secondName, b.grade());
            max = Math.max(max, Math.max(b.first(), b.second()));
        }
        Font regular = ChartFonts.REGULAR.deriveFont(9f);
        CategoryAxis grades = new CategoryAxis(null);
        grades.setTickLabelFont(regular);
        grades.setMaximumCategoryLabelLines(2);
        NumberAxis counts = new NumberAxis("Agency gradings");
        counts.setLabelFont(regular);
        counts.setTickLabelFont(regular);
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // Headroom above the tallest bar for its count label.
        counts.setRange(0, Math.max(1, max) * 1.18);

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, FIRST);
        renderer.setSeriesPaint(1, SECOND);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, SECOND);
        renderer.setSeriesOutlinePaint(1, SECOND);
        renderer.setItemMargin(0.05);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartFonts.BOLD.deriveFont(9f));
        renderer.setDefaultItemLabelPaint(Color.BLACK);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

        CategoryPlot plot = new CategoryPlot(data, grades, counts, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
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
