package qaf.annualaudit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionTracker;
import qaf.analysis.audit.SchoolAuditAnalysis;
import qaf.analysis.audit.SchoolsOverview;
import qaf.analysis.audit.Section11Analysis;
import qaf.analysis.audit.Section11Overview;
import qaf.analysis.audit.SingleAgencyAuditAnalysis;
import qaf.analysis.audit.SingleAgencyOverview;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.document.BlockDocument;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.kind.DocumentKind;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.s11overview.S11OverviewKind;
import qaf.schoolsoverview.SchoolsOverviewKind;
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
import qaf.store.PartnershipQueries;

/**
 * The Audit &amp; Scrutiny subgroup's annual report: one per reporting year, statuses as at the year's
 * last day. The audit cycles in the year are the ones the Section 11 and schools overviews file
 * under it (their kinds' {@code keys}), so the annual report and the overviews never disagree.
 */
public final class AnnualAuditKind implements DocumentKind<BlockDocument> {

    @Override
    public String id() {
        return AnnualAuditComposer.KIND;
    }

    @Override
    public List<String> keys(Database db, ReportingYear year) {
        return List.of(year.label());
    }

    @Override
    public BlockDocument compose(Database db, ReportingYear year, String key) {
        return AnnualAuditComposer.compose(input(db, year));
    }

    static AnnualAuditInput input(Database db, ReportingYear year) {
        PartnershipQueries.Partnership p = PartnershipQueries.partnership(db);
        WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.fromId(p.bankHolidays())));
        List<EvaluationData> yearData = EvaluationQueries.year(db, year);
        List<EvaluationFindings> findings = yearData.stream().map(d -> EvaluationFindings.of(d, wd, year.end()))
                .toList();
        List<Section11Overview> s11 = new ArrayList<>();
        for (String cycle : new S11OverviewKind().keys(db, year)) {
            s11.add(Section11Analysis.analyse(AuditQueries.section11(db, cycle),
                    AuditQueries.previousSection11(db, cycle), year.end(), wd));
        }
        List<SchoolsOverview> schools = new ArrayList<>();
        for (String cycle : new SchoolsOverviewKind().keys(db, year)) {
            schools.add(SchoolAuditAnalysis.analyse(AuditQueries.schoolAudits(db, cycle)));
        }
        Optional<SingleAgencyOverview> single = AuditQueries.singleAgencyAuditYears(db).contains(year.label())
                ? Optional.of(SingleAgencyAuditAnalysis.analyse(AuditQueries.singleAgencyAudits(db, year.label()),
                        SingleAgencyAuditAnalysis.defaultDue(year), year.end()))
                : Optional.empty();
        ActionRegister actions = ActionTracker.register(AuditQueries.actions(db), AuditQueries.agencies(db),
                year.end());
        return new AnnualAuditInput(p.name(), year, yearData, findings, EvaluationQueries.all(db), s11, schools,
                single, actions);
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}
