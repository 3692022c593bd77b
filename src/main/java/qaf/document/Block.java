package qaf.document;

import java.util.List;
import java.util.Objects;
import qaf.document.DataTable;
import qaf.document.Figure;

/**
 * One piece of an audit overview's body, format-free: both renderers walk the same list, so the PDF
 * and the DOCX cannot say different things.
 */
public sealed interface Block {

    /**
     * A section heading below the document title.
     *
     * @param level 1 for a section (PDF h2, Word Heading 1), 2 for a sub-section (h3, Heading 2)
     */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("an overview heading is level 1 or 2, not " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("an empty list is written as a sentence, not as no bullets");
            }
        }
    }

    /** A table whose cells are exactly its published data (the CSV says what the page says). */
    record Table(DataTable data, TableLayout layout) implements Block {
        public Table {
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(layout, "layout");
            if (layout.columns() != data.header().size()) {
                throw new IllegalArgumentException("layout " + layout + " has " + layout.columns()
                        + " columns, table " + data.name() + " has " + data.header().size());
            }
        }
    }

    /**
     * A chart with the series it draws (published as CSV).
     */
    record Chart(Figure figure, DataTable series) implements Block {
        public Chart {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(series, "series");
        }
    }

    /** Starts a new page, e.g. after a one-page summary (Word: a page break; PDF: a page break band). */
    record PageBreak() implements Block {
    }
}
