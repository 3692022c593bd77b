package qaf.render;

import java.time.Instant;
import java.util.Objects;

/**
 * Facts a renderer needs that are not in the document model. The document date is decided by the
 * pipeline, never read from the wall clock inside a renderer, so that the same database and version
 * give byte-identical files (it becomes the PDF/DOCX creation and modification dates).
 *
 * @param documentDate creation/modification date written into file metadata
 * @param toolVersion e.g. "qaf 0.1.0", written as the producer
 */
public record RenderContext(Instant documentDate, String toolVersion) {
    public RenderContext {
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }
}
