package qaf.privacy;

import java.util.List;

/**
 * A text after the board screen, and what was replaced in it. The hits' spans refer to the text
 * before replacement.
 */
public record Screened(String text, List<Hit> hits) {
    public Screened {
        hits = List.copyOf(hits);
    }

    public boolean changed() {
        return !hits.isEmpty();
    }
}
