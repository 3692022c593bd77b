package qaf.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * One piece of a document's body, format-free: the PDF and the DOCX renderers walk the same list, so
 * the two formats cannot say different things. Composers write every word here, once.
 */
public sealed interface Block {

    /** The same block with every string it shows passed through {@code f} (the privacy screen). */
    Block mapText(UnaryOperator<String> f);

    /**
     * A section heading below the document title.
     *
     * @param level 1 for a section (PDF h2, Word Heading 1), 2 for a sub-section, 3 below that
     */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("a heading is level 1, 2 or 3, not " + level);
            }
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Block mapText(UnaryOperator<String> f) {
            return new Heading(level, f.apply(text));
        }
    }

    /** A paragraph of runs; {@code \n} in a run is a line break. */
    record Paragraph(List<Inline> inlines) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }

        /** One plain run. */
        public Paragraph(String text) {
            this(List.of(Inline.plain(text)));
        }

        public static Paragraph of(Inline... inlines) {
            return new Paragraph(List.of(inlines));
        }

        /** The paragraph's words without emphasis (links as "text (address)"). */
        public String text() {
            return plainText(inlines);
        }

        @Override
        public Block mapText(UnaryOperator<String> f) {
            return new Paragraph(inlines.stream().map(i -> i.withText(f.apply(i.text()))).toList());
        }
    }

    /** A bulleted or numbered list; each item a paragraph's runs. */
    record Bullets(List<List<Inline>> items, boolean numbered) implements Block {
        public Bullets {
            items = items.stream().map(List::copyOf).toList();
            if (items.isEmpty()) {
                throw new IllegalArgumentException("an empty list is written as a sentence, not as no bullets");
            }
        }

        /** A bulleted list of plain items. */
        public Bullets(List<String> items) {
            this(items.stream().map(t -> List.of(Inline.plain(t))).toList(), false);
        }

        public List<String> texts() {
            return items.stream().map(Block::plainText).toList();
        }

        @Override
        public Block mapText(UnaryOperator<String> f) {
            return new Bullets(items.stream().map(item -> item.stream().map(i -> i.withText(f.apply(i.text())))
                    .toList()).toList(), numbered);
        }
    }

    /**
     * A table cell: its text, the tone behind it (null for none) and whether it is set in bold. A
     * tone never carries meaning alone: a cell with a tone says the same in words.
     */
    record Cell(String text, Tone tone, boolean strong) {
        public Cell {
            Objects.requireNonNull(text, "text");
            if (tone != null && text.isBlank()) {
                throw new IllegalArgumentException("a cell with a tone must say in words what the tone means");
            }
        }

        public static Cell of(String text) {
            return new Cell(text, null, false);
        }

        public static Cell toned(String text, Tone tone) {
            return new Cell(text, tone, false);
        }
    }

    /**
     * A table: a header row, then rows of cells. Numeric columns are right-aligned in both formats.
     * What it shows is published as CSV: {@code published} when the page shows it differently (a
     * matrix split into blocks, kebab column names), else exactly its header and cells.
     *
     * @param name the CSV's file-safe name; tables of one document that share a name are one CSV
     * @param numeric the 0-based numeric columns
     */
    record Table(String name, List<String> header, List<List<Cell>> rows, TableLayout layout, Set<Integer> numeric,
            DataTable published) implements Block {
        public Table {
            Objects.requireNonNull(name, "name");
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            Objects.requireNonNull(layout, "layout");
            numeric = Set.copyOf(numeric);
            if (layout.columns() != header.size()) {
                throw new IllegalArgumentException("layout " + layout + " has " + layout.columns()
                        + " columns, table " + name + " has " + header.size());
            }
            for (List<Cell> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells in table " + name + " with "
                            + header.size() + " columns");
                }
            }
            for (int c : numeric) {
                if (c < 0 || c >= header.size()) {
                    throw new IllegalArgumentException("numeric column " + c + " outside table " + name);
                }
            }
        }

        /**
         * A table whose cells are exactly its published data, nothing toned; numeric columns as given, or
         * when none are given the layout's default ({@link TableLayout#defaultNumeric()}).
         */
        public Table(DataTable data, TableLayout layout, int... numericColumns) {
            this(data.name(), data.header(),
                    data.rows().stream().map(r -> r.stream().map(Cell::of).toList()).toList(), layout,
                    numericColumns.length == 0 ? layout.defaultNumeric() : toSet(numericColumns), null);
        }

        /** What is published as CSV. */
        public DataTable data() {
            if (published != null) {
                return published;
            }
            return new DataTable(name, header, rows.stream().map(r -> r.stream().map(Cell::text).toList()).toList());
        }

        public boolean isNumeric(int column) {
            return numeric.contains(column);
        }

        @Override
        public Block mapText(UnaryOperator<String> f) {
            return new Table(name, header.stream().map(f).toList(),
                    rows.stream().map(r -> r.stream().map(c -> new Cell(f.apply(c.text()), c.tone(), c.strong()))
                            .toList()).toList(),
                    layout, numeric, published == null ? null : published.mapText(f));
        }

        private static Set<Integer> toSet(int[] columns) {
            Set<Integer> set = new TreeSet<>();
            for (int c : columns) {
                set.add(c);
            }
            return set;
        }
    }

    /** A chart with the series it draws (published as CSV). */
    record Figure(Chart chart, DataTable series) implements Block {
        public Figure {
            Objects.requireNonNull(chart, "chart");
            Objects.requireNonNull(series, "series");
        }

        @Override
        public Block mapText(UnaryOperator<String> f) {
            return new Figure(chart.mapText(f), series.mapText(f));
        }
    }

    /** Starts a new page, e.g. after a one-page summary (Word: a page break; PDF: a page break band). */
    record PageBreak() implements Block {
        @Override
        public Block mapText(UnaryOperator<String> f) {
            return this;
        }
    }

    /** The runs' text without emphasis; a link reads "text (address)" unless the text is the address. */
    static String plainText(List<Inline> inlines) {
        StringBuilder b = new StringBuilder();
        for (Inline i : inlines) {
            b.append(i.text());
            if (i.href() != null && !i.href().equals(i.text()) && !("mailto:" + i.text()).equals(i.href())) {
                b.append(" (").append(i.href().startsWith("mailto:") ? i.href().substring(7) : i.href()).append(')');
            }
        }
        return b.toString();
    }

    /** Every block's text mapped; for the privacy screen. */
    static List<Block> mapText(List<Block> blocks, UnaryOperator<String> f) {
        List<Block> out = new ArrayList<>(blocks.size());
        blocks.forEach(b -> out.add(b.mapText(f)));
        return out;
    }
}
