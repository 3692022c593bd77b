package qaf.render.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.text.NumberFormat;
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
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import qaf.document.Chart;

/**
 * Bars of counts with every count printed: stacked segments carry theirs on the segment (none for a
 * zero, which has no width), side-by-side bars above or beside the bar. Together with the legend that
 * names each tone, the chart reads in black and white.
 */
final class BarDrawing {
    private BarDrawing() {
    }

    static JFreeChart chart(Chart.Bars bars, ChartStyle style) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int max = 1;
        List<String> categories = bars.categories();
        for (int c = 0; c < categories.size(); c++) {
            int stack = 0;
            for (Chart.Series s : bars.series()) {
                int v = s.values().get(c);
                data.addValue(v, s.name(), categories.get(c));
                stack += v;
                max = Math.max(max, v);
            }
            if (bars.stacked()) {
                max = Math.max(max, stack);
            }
        }
        Font regular = style.regular(bars.stacked() ? style.smallSize() : style.textSize());
        CategoryAxis categoryAxis = new CategoryAxis(null);
        categoryAxis.setTickLabelFont(regular);
        categoryAxis.setCategoryMargin(0.25);
        if (bars.horizontal()) {
            categoryAxis.setMaximumCategoryLabelWidthRatio(bars.stacked() ? 0.45f : 0.4f);
        } else {
            categoryAxis.setMaximumCategoryLabelLines(2);
        }
        boolean besideEachOther = bars.horizontal() && !bars.stacked();
        if (bars.stacked()) {
            categoryAxis.setLowerMargin(0.01);
            categoryAxis.setUpperMargin(0.01);
        } else if (besideEachOther) {
            // Bars take Chart.Bars.SIDE_BY_SIDE_BAR_SHARE of the plot, with no gap between a category's bars:
            // the chart's height is worked out from that share, so that every count fits beside its bar.
            double end = 0.02;
            categoryAxis.setLowerMargin(end);
            categoryAxis.setUpperMargin(end);
            categoryAxis.setCategoryMargin(1 - 2 * end - Chart.Bars.SIDE_BY_SIDE_BAR_SHARE);
        }
        NumberAxis values = new NumberAxis(bars.valueAxis());
        values.setLabelFont(regular);
        values.setTickLabelFont(regular);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.UK));
        // Stacked: the longest stack fills the axis; side by side: room beyond the longest bar for its count.
        values.setRange(0, bars.stacked() ? max : max * (bars.horizontal() ? 1.15 : 1.18) + (bars.horizontal() ? 0.5 : 0));

        BarRenderer renderer = bars.stacked() ? new StackedBarRenderer() : new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.8f));
        for (int s = 0; s < bars.series().size(); s++) {
            renderer.setSeriesPaint(s, style.tone(bars.series().get(s).tone()));
            renderer.setSeriesOutlinePaint(s, bars.stacked() ? style.outline() : style.text());
        }
        if (besideEachOther) {
            renderer.setItemMargin(0);
        } else if (!bars.stacked()) {
            renderer.setItemMargin(0.05);
        }
        renderer.setDefaultItemLabelGenerator(bars.stacked() ? new NonZeroCount()
                : new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getIntegerInstance(Locale.UK)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.bold(style.valueSize()));
        renderer.setDefaultItemLabelPaint(style.text());
        if (bars.stacked()) {
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER,
                    TextAnchor.CENTER));
        } else if (bars.horizontal()) {
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                    TextAnchor.CENTER_LEFT));
            renderer.setItemLabelInsets(new org.jfree.chart.ui.RectangleInsets(3, 3, 3, 3));
        } else {
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                    TextAnchor.BOTTOM_CENTER));
        }

        CategoryPlot plot = new CategoryPlot(data, categoryAxis, values, renderer);
        plot.setOrientation(bars.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(style.background());
        plot.setRangeGridlinePaint(style.grid());
        plot.setDomainGridlinesVisible(false);
        if (bars.stacked()) {
            plot.setOutlineVisible(false);
        }
        JFreeChart chart = new JFreeChart(null, regular, plot, true);
        chart.getLegend().setItemFont(regular);
        chart.setBackgroundPaint(style.background());
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
