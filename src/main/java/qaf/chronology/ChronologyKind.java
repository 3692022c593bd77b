package qaf.chronology;

import java.util.List;
import qaf.kind.DocumentKind;
import qaf.calendar.ReportingYear;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.ChronologyQueries;
import qaf.store.Database;

/**
 * The merged multi-agency chronology: one per case in each evaluation of the year, and one per child
 * for each review of the year that has a child.
 */
public final class ChronologyKind implements DocumentKind<ChronologyDocument> {
    private final ChronologyComposer composer = new ChronologyComposer();

    @Override
    public String id() {
        return ChronologyComposer.KIND;
    }

    @Override
    public List<String> keys(Database db, ReportingYear year) {
        return ChronologyQueries.keys(db, year);
    }

    @Override
    public ChronologyDocument compose(Database db, ReportingYear year, String key) {
        return composer.compose(ChronologyQueries.source(db, key));
    }

    @Override
    public Renderer<ChronologyDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new ChronologyPdf();
            case DOCX -> new ChronologyDocx();
        };
    }
}
