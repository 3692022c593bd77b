package qaf.render.docx;

import java.util.List;

/** The body content a {@link DocxDocument} collects; written as WordprocessingML only when saved. */
sealed interface Block {
    record Styled(String styleId, List<Span> spans) implements Block {
    }

    record Heading(int level, String text) implements Block {
    }

    record Bullets(List<String> items) implements Block {
    }

    /** Rows are kept by reference to the caller's strings: a 100,000-row table costs little before saving. */
    record Table(List<String> header, List<TableRow> rows, int[] columnWeights) implements Block {
    }

    /** A rasterised figure; {@code number} counts figures from 1 and names its image part. */
    record Picture(int number, String title, String altText, double widthPt, double heightPt, byte[] png)
            implements Block {
    }

    record PageBreak() implements Block {
    }
}
