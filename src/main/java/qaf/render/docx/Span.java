package qaf.render.docx;

import java.util.Objects;

/**
 * A piece of paragraph text with one emphasis, rendered with the house style's character styles
 * ("Strong", "Emphasis") so that restyling them in Word restyles every document.
 *
 * @param text the text; {@code \n} becomes a line break, {@code \t} a tab
 * @param emphasis how it is emphasised
 * @param href an external link address (a Word hyperlink in the Hyperlink style), or null
 */
public record Span(String text, Emphasis emphasis, String href) {
    public enum Emphasis { NONE, STRONG, EMPHASIS }

    public Span {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(emphasis, "emphasis");
    }

    public Span(String text, Emphasis emphasis) {
        this(text, emphasis, null);
    }

    public static Span plain(String text) {
        return new Span(text, Emphasis.NONE);
    }

    public static Span strong(String text) {
        return new Span(text, Emphasis.STRONG);
    }

    public static Span emphasis(String text) {
        return new Span(text, Emphasis.EMPHASIS);
    }
}
