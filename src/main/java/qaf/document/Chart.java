package qaf.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A chart described as data: what to draw, never how. {@code qaf.render.chart} draws it, with the
 * fonts and colours of {@code report-templates/} (so a restyle needs no code), as vectors in the PDF
 * and as a picture in the DOCX. The alternative text states the data, so a reader who cannot see the
 * picture loses nothing; the same data is published as the chart's CSV.
 *
 * @param title the caption shown above the picture
 * @param altText the text alternative (PDF /Alt, DOCX descr)
 */
public record Chart(String title, String altText, Plot plot) {
    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(altText, "altText");
        Objects.requireNonNull(plot, "plot");
    }

    /** The natural width in points (1/72 inch). */
    public double widthPt() {
        return plot.widthPt();
    }

    /** The natural height in points: what the data needs at the house font size. */
    public double heightPt() {
        return plot.heightPt();
    }

    /** Every string the chart shows, for screening and for tests. */
    public Chart mapText(java.util.function.UnaryOperator<String> f) {
        return new Chart(f.apply(title), f.apply(altText), plot.mapText(f));
    }

    /** The kinds of chart qaf draws. */
    public sealed interface Plot permits Bars, Grid, Timeline {
        double widthPt();

        double heightPt();

        Plot mapText(java.util.function.UnaryOperator<String> f);
    }

    /** One series of bars: a value per category, in one tone. */
    public record Series(String name, Tone tone, List<Integer> values) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(tone, "tone");
            values = List.copyOf(values);
        }
    }

    /**
     * Bars of counts per category with each count printed on or beside its bar (so the chart reads
     * without its colours).
     *
     * @param horizontal bars run left to right, categories top to bottom (long category labels)
     * @param stacked one bar per category made of its series' segments; else the series side by side
     * @param valueAxis the value axis's label, e.g. "Agency gradings"
     */
    public record Bars(boolean horizontal, boolean stacked, String valueAxis, List<String> categories,
            List<Series> series) implements Plot {
        public Bars {
            Objects.requireNonNull(valueAxis, "valueAxis");
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().size() != categories.size()) {
                    throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                            + " values for " + categories.size() + " categories");
                }
            }
        }

        @Override
        public double widthPt() {
            return horizontal && !stacked ? 720 : 523;
        }

        @Override
        public double heightPt() {
            if (!horizontal) {
                return 230;
            }
            if (stacked) {
                return 90 + 17.0 * categories.size();
            }
            // Side by side, each bar carries its count beside it, centred on the bar: a bar as tall as the
            // count's text (8.5 pt bold, about 10 pt from ascent to descent) keeps neighbouring counts
            // apart. The plot gives 0.76 of its height to bars (BarDrawing's margins) and needs about
            // 60 pt for the value axis above and the legend below.
            double bars = (double) categories.size() * Math.max(1, series.size());
            return Math.max(150, 60 + bars * SIDE_BY_SIDE_BAR_PT / SIDE_BY_SIDE_BAR_SHARE);
        }

        /** The height of one side-by-side horizontal bar, in points: its count's text and a hair. */
        public static final double SIDE_BY_SIDE_BAR_PT = 10.5;
        /** The share of a side-by-side horizontal plot's height that bars take (BarDrawing's margins). */
        public static final double SIDE_BY_SIDE_BAR_SHARE = 0.76;

        @Override
        public Plot mapText(java.util.function.UnaryOperator<String> f) {
            return new Bars(horizontal, stacked, f.apply(valueAxis), categories.stream().map(f).toList(),
                    series.stream().map(s -> new Series(f.apply(s.name()), s.tone(), s.values())).toList());
        }
    }

    /** A heat-map cell: its value as text, and the tone behind it (null for none). */
    public record GridCell(String text, Tone tone) {
        public GridCell {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A legend entry: a swatch and what it means. */
    public record Key(String label, Tone tone) {
    }

    /** A heat map whose every cell carries its value as text; rows top to bottom in the given order. */
    public record Grid(List<String> columns, List<String> rows, List<List<GridCell>> cells, List<Key> legend)
            implements Plot {
        public Grid {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            cells = cells.stream().map(List::copyOf).toList();
            legend = List.copyOf(legend);
            if (cells.size() != rows.size()) {
                throw new IllegalArgumentException(cells.size() + " rows of cells for " + rows.size() + " row labels");
            }
            for (List<GridCell> row : cells) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row of " + row.size() + " cells for " + columns.size()
                            + " columns");
                }
            }
        }

        @Override
        public double widthPt() {
            return 523;
        }

        @Override
        public double heightPt() {
            return 22 + 16.0 * Math.max(1, rows.size()) + 26 + 4;
        }

        @Override
        public Plot mapText(java.util.function.UnaryOperator<String> f) {
            return new Grid(columns.stream().map(f).toList(), rows.stream().map(f).toList(),
                    cells.stream().map(r -> r.stream().map(c -> new GridCell(f.apply(c.text()), c.tone())).toList())
                            .toList(),
                    legend.stream().map(k -> new Key(f.apply(k.label()), k.tone())).toList());
        }
    }

    /** An entry on a timeline lane; the date is the start of its period for month- or year-only dates. */
    public record Mark(LocalDate date, boolean keyEvent) {
        public Mark {
            Objects.requireNonNull(date, "date");
        }
    }

    /** One lane of a timeline (an agency), its entries in any order. */
    public record Lane(String label, List<Mark> marks) {
        public Lane {
            Objects.requireNonNull(label, "label");
            marks = List.copyOf(marks);
        }
    }

    /** Swim lanes over time: a dot per entry, a larger mark per key event. */
    public record Timeline(List<Lane> lanes) implements Plot {
        public Timeline {
            lanes = List.copyOf(lanes);
        }

        @Override
        public double widthPt() {
            return 760;
        }

        @Override
        public double heightPt() {
            return Math.max(140, 60 + 22.0 * lanes.size());
        }

        @Override
        public Plot mapText(java.util.function.UnaryOperator<String> f) {
            return new Timeline(lanes.stream().map(l -> new Lane(f.apply(l.label()), l.marks())).toList());
        }
    }
}
