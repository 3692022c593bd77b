package qaf.render.docx;

import java.util.List;

/** The body content a {@link DocxDocument} collects; written as WordprocessingML only when saved. */
sealed interface Block {
    record Styled(String styleId, List<Span> spans) implements Block {
    }

    record Heading(int level, String text) implements Block {
    }

    /** One List Bullet (or, numbered, List Number) paragraph per item. */
    record Bullets(List<List<Span>> items, boolean numbered) implements Block {
    }

    /** Rows are kept by reference to the caller's strings: a 100,000-row table costs little before saving. */
    record Table(List<String> header, List<TableRow> rows, int[] columnWeights, boolean[] rightAligned)
            implements Block {
    }

    /** A rasterised figure; {@code number} counts figures from 1 and names its image part. */
    record Picture(int number, String title, String altText, double widthPt, double heightPt, byte[] png)
            implements Block {
    }

    record PageBreak() implements Block {
    }

    /**
     * A form field: an optional bold label, then a content control holding {@code value}, or showing
     * {@code placeholder} while empty. {@code options} non-empty makes it a drop-down list.
     * {@code id} counts fields from 1 (content-control ids must be unique within the document).
     */
    record FormField(int id, String label, String tag, String value, String placeholder, boolean multiLine,
            List<String> options) implements Block {
    }
}
