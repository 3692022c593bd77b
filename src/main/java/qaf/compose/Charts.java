package qaf.compose;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import qaf.document.Chart;
import qaf.document.Tone;

/**
 * The charts the documents show, described as data and worded: the alternative texts live here,
 * beside the composers, because only the words know what the counts mean. Drawing is
 * {@code qaf.render.chart}'s business.
 */
public final class Charts {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private Charts() {
    }

    /** One category's two counts, e.g. a grade's self and final counts. */
    public record Pair(String category, int first, int second) {
    }

    /**
     * Two distributions side by side per category (for evaluations: self-grades against final grades).
     *
     * @param bars in display order (best grade first)
     */
    public static Chart comparison(String title, String valueAxis, String firstName, String secondName,
            List<Pair> bars) {
        List<String> categories = bars.stream().map(Pair::category).toList();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        int total = 0;
        for (Pair b : bars) {
            first.add(b.category() + " " + b.first());
            second.add(b.category() + " " + b.second());
            total += b.first();
        }
        String alt = "Bar chart of " + total + (total == 1 ? " grade" : " grades") + ", "
                + firstName.toLowerCase(Locale.UK) + " against " + secondName.toLowerCase(Locale.UK) + ". "
                + firstName + ": " + String.join(", ", first) + ". " + secondName + ": " + String.join(", ", second)
                + ".";
        return new Chart(title, alt, new Chart.Bars(false, false, valueAxis, categories, List.of(
                new Chart.Series(firstName, Tone.COMPARE_FIRST, bars.stream().map(Pair::first).toList()),
                new Chart.Series(secondName, Tone.COMPARE_SECOND, bars.stream().map(Pair::second).toList()))));
    }

    /** One category's counts by RAG rating. */
    public record RagCounts(String label, int red, int amber, int green, int notRated) {
        int total() {
            return red + amber + green + notRated;
        }
    }

    /**
     * Counts by red / amber / green / not rated for a few categories, side by side.
     *
     * @param subject what is counted, in the alt text, e.g. "Actions by source as at 31 March 2019"
     */
    public static Chart rag(String title, String subject, String valueAxis, List<RagCounts> categories) {
        String alt;
        if (categories.isEmpty()) {
            alt = subject + ": nothing to count.";
        } else {
            NumberFormat n = NumberFormat.getIntegerInstance(Locale.UK);
            List<String> parts = new ArrayList<>();
            for (RagCounts c : categories) {
                parts.add(c.label() + " " + n.format(c.red()) + " red, " + n.format(c.amber()) + " amber, "
                        + n.format(c.green()) + " green, " + n.format(c.notRated()) + " not rated ("
                        + n.format(c.total()) + " in all)");
            }
            alt = "Bar chart. " + subject + ": " + String.join("; ", parts) + ".";
        }
        return new Chart(title, alt, new Chart.Bars(true, false, valueAxis,
                categories.stream().map(RagCounts::label).toList(), List.of(
                        new Chart.Series("Red", Tone.BAD, categories.stream().map(RagCounts::red).toList()),
                        new Chart.Series("Amber", Tone.CAUTION, categories.stream().map(RagCounts::amber).toList()),
                        new Chart.Series("Green", Tone.GOOD, categories.stream().map(RagCounts::green).toList()),
                        new Chart.Series("Not rated (cancelled)", Tone.NOT_RATED,
                                categories.stream().map(RagCounts::notRated).toList()))));
    }

    /**
     * Horizontal stacked bars of counts, one bar per category; the caller words the alternative text.
     *
     * @param counts counts[series][category]
     */
    public static Chart stacked(String title, String altText, String valueAxis, List<String> categories,
            List<String> seriesNames, List<Tone> tones, int[][] counts) {
        if (counts.length != seriesNames.size() || tones.size() != seriesNames.size()) {
            throw new IllegalArgumentException(counts.length + " rows of counts and " + tones.size() + " tones for "
                    + seriesNames.size() + " series");
        }
        List<Chart.Series> series = new ArrayList<>();
        for (int s = 0; s < counts.length; s++) {
            List<Integer> values = new ArrayList<>();
            for (int v : counts[s]) {
                values.add(v);
            }
            series.add(new Chart.Series(seriesNames.get(s), tones.get(s), values));
        }
        return new Chart(title, altText, new Chart.Bars(true, true, valueAxis, categories, series));
    }

    /** A heat map; the caller words the alternative text. */
    public static Chart grid(String title, String altText, List<String> columns, List<String> rows,
            List<List<Chart.GridCell>> cells, List<Chart.Key> legend) {
        return new Chart(title, altText, new Chart.Grid(columns, rows, cells, legend));
    }

    /** A chronology's timeline, one lane per agency, with the same data in words. */
    public static Chart timeline(String title, List<Chart.Lane> lanes) {
        return new Chart(title, timelineText(lanes), new Chart.Timeline(lanes));
    }

    static String timelineText(List<Chart.Lane> lanes) {
        long all = lanes.stream().mapToLong(l -> l.marks().size()).sum();
        if (all == 0) {
            return "Timeline: no chronology entries to show.";
        }
        LocalDate from = null;
        LocalDate to = null;
        List<String> parts = new ArrayList<>();
        for (Chart.Lane lane : lanes) {
            int n = lane.marks().size();
            if (n == 0) {
                parts.add(lane.label() + " no entries");
                continue;
            }
            LocalDate min = lane.marks().stream().map(Chart.Mark::date).min(LocalDate::compareTo).orElseThrow();
            LocalDate max = lane.marks().stream().map(Chart.Mark::date).max(LocalDate::compareTo).orElseThrow();
            from = from == null || min.isBefore(from) ? min : from;
            to = to == null || max.isAfter(to) ? max : to;
            long keys = lane.marks().stream().filter(Chart.Mark::keyEvent).count();
            parts.add(lane.label() + " " + n + (n == 1 ? " entry" : " entries")
                    + (keys > 0 ? " (" + keys + " key)" : "") + ", " + MONTH.format(min) + " to " + MONTH.format(max));
        }
        return "Timeline of " + all + (all == 1 ? " entry" : " entries") + " from " + MONTH.format(from) + " to "
                + MONTH.format(to) + ", by agency: " + String.join("; ", parts) + ".";
    }
}
