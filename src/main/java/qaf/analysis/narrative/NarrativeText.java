package qaf.analysis.narrative;

import java.util.Objects;

/**
 * One Markdown file of a dataset's narrative/ folder (DATA-FORMAT.md Version 2), as stored: it
 * belongs at {@code section} ({@code foreword}, {@code closing} or a heading's slug) of the document
 * {@code document} (output name without extension) of kind {@code kind}.
 */
public record NarrativeText(String kind, String document, String section, String markdown) {
    public NarrativeText {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(markdown, "markdown");
    }
}
