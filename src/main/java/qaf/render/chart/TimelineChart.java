package qaf.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import qaf.document.Figure;

/**
 * The chronology's timeline picture: one lane per agency across the months, a dot per entry and a
 * larger dark diamond per key event. The alternative text states the same data in words.
 */
public final class TimelineChart {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    private static final Color ENTRY = new Color(0x1F, 0x5A, 0x96);
    private static final Color KEY = new Color(0xB0, 0x3A, 0x2E);

    private TimelineChart() {
    }

    /** One agency's lane. */
    public record Lane(String agency, List<Mark> marks) {
        public Lane {
            marks = List.copyOf(marks);
        }
    }

    /** An entry on a lane; the date is the start of its period for month- or year-only dates. */
    public record Mark(LocalDate date, boolean keyEvent) {
    }

    public static Figure figure(String title, List<Lane> lanes) {
        List<Lane> copy = List.copyOf(lanes);
        double height = Math.max(140, 60 + 22.0 * copy.size());
        return new Figure(title, altText(copy), 760, height, (g, area) -> paint(copy, g, area));
    }

    static String altText(List<Lane> lanes) {
        List<Mark> all = lanes.stream().flatMap(l -> l.marks().stream()).toList();
        if (all.isEmpty()) {
            return "Timeline: no chronology entries to show.";
        }
        StringBuilder s = new StringBuilder();
        s.append("Timeline of ").append(all.size()).append(all.size() == 1 ? " entry" : " entries")
                .append(" from ").append(MONTH.format(min(all))).append(" to ").append(MONTH.format(max(all)))
                .append(", by agency: ");
        List<String> parts = new ArrayList<>();
        for (Lane lane : lanes) {
            int n = lane.marks().size();
            long keys = lane.marks().stream().filter(Mark::keyEvent).count();
            if (n == 0) {
                parts.add(lane.agency() + " no entries");
            } else {
                parts.add(lane.agency() + " " + n + (n == 1 ? " entry" : " entries")
                        + (keys > 0 ? " (" + keys + " key)" : "")
                        + ", " + MONTH.format(min(lane.marks())) + " to " + MONTH.format(max(lane.marks())));
            }
        }
        return s.append(String.join("; ", parts)).append('.').toString();
    }

    private static LocalDate min(List<Mark> marks) {
        return marks.stream().map(Mark::date).min(LocalDate::compareTo).orElseThrow();
    }

    private static LocalDate max(List<Mark> marks) {
        return marks.stream().map(Mark::date).max(LocalDate::compareTo).orElseThrow();
    }

    private static void paint(List<Lane> lanes, java.awt.Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart(lanes).draw(g, area);
    }

    static JFreeChart chart(List<Lane> lanes) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries entries = new XYSeries("Entry", false, true);
        XYSeries keys = new XYSeries("Key event", false, true);
        String[] names = new String[lanes.size()];
        // Lanes run top to bottom in the given order; the y axis grows upwards, so count down.
        for (int i = 0; i < lanes.size(); i++) {
            int y = lanes.size() - 1 - i;
            names[y] = lanes.get(i).agency();
            // One mark per lane, day and kind: more would draw the same shape on itself. A chronology
            // of 100,000 entries would otherwise put 100,000 shapes into the PDF's drawing in memory.
            for (Mark m : new java.util.LinkedHashSet<>(lanes.get(i).marks())) {
                (m.keyEvent() ? keys : entries).add(millis(m.date()), y);
            }
        }
        data.addSeries(entries);
        data.addSeries(keys);

        Font regular = ChartFonts.REGULAR.deriveFont(9f);
        DateAxis time = new DateAxis(null, TimeZone.getTimeZone(ZoneOffset.UTC), Locale.UK);
        time.setTickLabelFont(regular);
        List<LocalDate> dates = lanes.stream().flatMap(l -> l.marks().stream()).map(Mark::date).toList();
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
        agencies.setGridBandPaint(new Color(0xF2, 0xF4, 0xF7));
        agencies.setRange(-0.6, Math.max(names.length, 1) - 0.4);

        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        marks.setSeriesPaint(0, ENTRY);
        marks.setSeriesShape(1, diamond(5));
        marks.setSeriesPaint(1, KEY);
        marks.setDefaultOutlineStroke(new BasicStroke(0.5f));

        XYPlot plot = new XYPlot(data, time, agencies, marks);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xC8, 0xCC, 0xD2));
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(null, regular, plot, true);
        chart.getLegend().setItemFont(regular);
        chart.setBackgroundPaint(Color.WHITE);
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
