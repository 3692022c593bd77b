package qaf.scan;

/**
 * One piece of a published file's text, with where it is: "page 3", "document information: Title",
 * "word/document.xml paragraph 12", "row 4, column rationale". {@code where} is built from the
 * file's structure only, never from its text.
 *
 * @param row the other cells of a table row the text is a cell of (a CSV record), or empty: only
 *     compared with the dataset's row keys to tell apart the cells a finding may come from, never printed
 */
record TextPart(String where, String text, String row) {
    TextPart(String where, String text) {
        this(where, text, "");
    }
}
