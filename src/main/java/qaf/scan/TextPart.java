package qaf.scan;

/**
 * One piece of a published file's text, with where it is: "page 3", "document information: Title",
 * "word/document.xml paragraph 12", "row 4, column rationale". {@code where} is built from the
 * file's structure only, never from its text.
 */
record TextPart(String where, String text) {
}
