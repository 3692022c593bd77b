package qaf.actiontracker;

import java.util.List;
import qaf.kind.DocumentKind;
import qaf.calendar.ReportingYear;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.PartnershipQueries;

/** One action tracker per build, filed under the reporting year being built and rated at its end. */
public final class ActionTrackerKind implements DocumentKind<ActionTrackerDocument> {
    private final ActionTrackerComposer composer = new ActionTrackerComposer();

    @Override
    public String id() {
        return ActionTrackerComposer.KIND;
    }

    @Override
    public List<String> keys(Database db, ReportingYear year) {
        return List.of(ActionTrackerDocument.NAME);
    }

    @Override
    public ActionTrackerDocument compose(Database db, ReportingYear year, String key) {
        return composer.compose(PartnershipQueries.partnership(db).name(), year, AuditQueries.actions(db),
                AuditQueries.agencies(db));
    }

    @Override
    public Renderer<ActionTrackerDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new ActionTrackerPdf();
            case DOCX -> new ActionTrackerDocx();
        };
    }
}
