package qaf.kind;

import java.util.List;
import qaf.calendar.ReportingYear;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.document.ReportDocument;
import qaf.store.Database;

/**
 * One kind of the catalogue: which documents of it a year has, how one is composed, and how it is
 * rendered in each format. Composing takes a key so that one document's failure never stops the
 * others.
 */
public interface DocumentKind<D extends ReportDocument> {
    /** The catalogue id, e.g. {@code chronology}; also the output folder name. */
    String id();

    /** The keys of the documents of this kind for the year, in a stable order. */
    List<String> keys(Database db, ReportingYear year);

    D compose(Database db, ReportingYear year, String key);

    Renderer<D> renderer(Format format);
}
