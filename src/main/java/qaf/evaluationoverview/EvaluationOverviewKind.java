package qaf.evaluationoverview;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import qaf.analysis.audit.Agency;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.kind.DocumentKind;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
import qaf.store.PartnershipQueries;

/**
 * The board's overview of each evaluation whose panel day falls in the year, with statuses as at
 * the end of that year (never the day of the build).
 */
public final class EvaluationOverviewKind implements DocumentKind<EvaluationOverview> {
    private final EvaluationOverviewComposer composer = new EvaluationOverviewComposer();

    @Override
    public String id() {
        return EvaluationOverviewComposer.KIND;
    }

    @Override
    public List<String> keys(Database db, ReportingYear year) {
        return EvaluationQueries.year(db, year).stream().map(d -> d.evaluation().ref()).toList();
    }

    @Override
    public EvaluationOverview compose(Database db, ReportingYear year, String key) {
        EvaluationData data = EvaluationQueries.evaluation(db, key)
                .orElseThrow(() -> new IllegalArgumentException("no evaluation " + key + " in the database"));
        PartnershipQueries.Partnership partnership = PartnershipQueries.partnership(db);
        WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.fromId(partnership.bankHolidays())));
        Map<String, String> names = new TreeMap<>();
        for (Agency a : AuditQueries.agencies(db)) {
            names.put(a.code(), a.name());
        }
        return composer.compose(partnership.name(), EvaluationFindings.of(data, wd, year.end()), names);
    }

    @Override
    public Renderer<EvaluationOverview> renderer(Format format) {
        return switch (format) {
            case PDF -> new EvaluationOverviewPdf();
            case DOCX -> new EvaluationOverviewDocx();
        };
    }
}
