package qaf.singleagencyoverview;

import java.util.List;
import qaf.kind.DocumentKind;
import qaf.calendar.ReportingYear;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.PartnershipQueries;

/**
 * One overview per reporting year built, keyed by its label. Built even when the year has no audit
 * rows, so that a year without returns says so instead of silently having no document.
 */
public final class SingleAgencyOverviewKind implements DocumentKind<SingleAgencyOverviewDocument> {
    private final SingleAgencyOverviewComposer composer = new SingleAgencyOverviewComposer();

    @Override
    public String id() {
        return SingleAgencyOverviewComposer.KIND;
    }

    @Override
    public List<String> keys(Database db, ReportingYear year) {
        return List.of(year.label());
    }

    @Override
    public SingleAgencyOverviewDocument compose(Database db, ReportingYear year, String key) {
        return composer.compose(PartnershipQueries.partnership(db).name(), year,
                AuditQueries.singleAgencyAudits(db, key));
    }

    @Override
    public Renderer<SingleAgencyOverviewDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new SingleAgencyOverviewPdf();
            case DOCX -> new SingleAgencyOverviewDocx();
        };
    }
}
