package qaf.document;

import java.util.Objects;

/**
 * A run of paragraph text with one emphasis, and optionally a link. Renderers style it with the house
 * styles' character styles (Word "Strong"/"Emphasis"; the PDF's bold and italic of its text style).
 *
 * @param href an http(s) or mailto link, or null; the PDF prints it after the text (a printed page
 *     cannot be clicked), the DOCX makes a hyperlink
 */
public record Inline(String text, Emphasis emphasis, String href) {
    public enum Emphasis { NONE, STRONG, EMPHASIS }

    public Inline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(emphasis, "emphasis");
        if (href != null && !href.matches("(?i)(https?://|mailto:)\\S+")) {
            throw new IllegalArgumentException("a link must be an http(s) or mailto address");
        }
    }

    public static Inline plain(String text) {
        return new Inline(text, Emphasis.NONE, null);
    }

    public static Inline strong(String text) {
        return new Inline(text, Emphasis.STRONG, null);
    }

    public static Inline emphasis(String text) {
        return new Inline(text, Emphasis.EMPHASIS, null);
    }

    public static Inline link(String text, String href) {
        return new Inline(text, Emphasis.NONE, Objects.requireNonNull(href, "href"));
    }

    public Inline withText(String value) {
        return new Inline(value, emphasis, href);
    }
}
