package qaf.render.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import qaf.document.Chart;
import qaf.document.Tone;

/** A chronology's timeline: one lane per agency across the months, a dot per entry, a diamond per key event. */
final class TimelineDrawing {
    private TimelineDrawing() {
    }

    static JFreeChart chart(Chart.Timeline timeline, ChartStyle style) {
        List<Chart.Lane> lanes = timeline.lanes();
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries entries = new XYSeries("Entry", false, true);
        XYSeries keys = new XYSeries("Key event", false, true);
        String[] names = new String[lanes.size()];
        // Lanes run top to bottom in the given order; the y axis grows upwards, so count down.
        for (int i = 0; i < lanes.size(); i++) {
            int y = lanes.size() - 1 - i;
            names[y] = lanes.get(i).label();
            // One mark per lane, day and kind: more would draw the same shape on itself. A chronology
            // of 100,000 entries would otherwise put 100,000 shapes into the PDF's drawing in memory.
            for (Chart.Mark m : new java.util.LinkedHashSet<>(lanes.get(i).marks())) {
                (m.keyEvent() ? keys : entries).add(millis(m.date()), y);
            }
        }
        data.addSeries(entries);
        data.addSeries(keys);

        Font regular = style.regular(style.textSize());
        DateAxis time = new DateAxis(null, TimeZone.getTimeZone(ZoneOffset.UTC), Locale.UK);
        time.setTickLabelFont(regular);
        List<LocalDate> dates = lanes.stream().flatMap(l -> l.marks().stream()).map(Chart.Mark::date).toList();
        if (!dates.isEmpty()) {
            YearMonth first = YearMonth.from(dates.stream().min(LocalDate::compareTo).orElseThrow());
            YearMonth last = YearMonth.from(dates.stream().max(LocalDate::compareTo).orElseThrow()).plusMonths(1);
            time.setRange(new Date(millis(first.atDay(1))), new Date(millis(last.atDay(1))));
            long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS);
            int step = months <= 12 ? 1 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
            time.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, step,
                    new java.text.SimpleDateFormat("MMM yy", Locale.UK)));
        }
        SymbolAxis agencies = new SymbolAxis(null, names.length == 0 ? new String[] {""} : names);
        agencies.setTickLabelFont(regular);
        agencies.setGridBandsVisible(true);
        agencies.setGridBandPaint(style.band());
        agencies.setRange(-0.6, Math.max(names.length, 1) - 0.4);

        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        marks.setSeriesPaint(0, style.tone(Tone.MARK));
        marks.setSeriesShape(1, diamond(5));
        marks.setSeriesPaint(1, style.tone(Tone.KEY));
        marks.setDefaultOutlineStroke(new BasicStroke(0.5f));

        XYPlot plot = new XYPlot(data, time, agencies, marks);
        plot.setBackgroundPaint(style.background());
        plot.setDomainGridlinePaint(style.grid());
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, regular, plot, true);
        chart.getLegend().setItemFont(regular);
        chart.setBackgroundPaint(style.background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static java.awt.Shape diamond(double r) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
