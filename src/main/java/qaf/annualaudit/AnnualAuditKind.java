package qaf.annualaudit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionTracker;
import qaf.analysis.audit.SchoolAuditAnalysis;
import qaf.analysis.audit.SchoolAuditCycle;
import qaf.analysis.audit.SchoolsOverview;
import qaf.analysis.audit.Section11Analysis;
import qaf.analysis.audit.Section11Cycle;
import qaf.analysis.audit.Section11Overview;
import qaf.analysis.audit.SingleAgencyAuditAnalysis;
import qaf.analysis.audit.SingleAgencyOverview;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.document.BlockDocument;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKind;
import qaf.kind.Keys;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.store.AuditQueries;
import qaf.store.ProgrammeQueries;
import qaf.store.Database;
import qaf.store.EvaluationQueries;

/**
 * The Audit &amp; Scrutiny subgroup's annual report: one per reporting year, statuses as at the year's
 * last day. The audit cycles in the year are the ones the Section 11 and schools overviews file
 * under it (their kinds' {@code keys}), so the annual report and the overviews never disagree.
 */
public final class AnnualAuditKind implements DocumentKind<Keys.Year, BlockDocument> {

    @Override
    public String id() {
        return AnnualAuditComposer.KIND;
    }

    @Override
    public List<Keys.Year> keys(Database db, BuildContext context) {
        return List.of(new Keys.Year(context.year().label()));
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Year key) {
        return AnnualAuditComposer.compose(input(db, context), context.terms());
    }

    static AnnualAuditInput input(Database db, BuildContext context) {
        var year = context.year();
        var wd = context.workingDays();
        List<EvaluationData> yearData = EvaluationQueries.year(db, year);
        List<EvaluationFindings> findings = yearData.stream()
                .map(d -> EvaluationFindings.of(d, wd, context.asAt())).toList();
        List<Section11Overview> s11 = new ArrayList<>();
        for (String cycle : AuditQueries.section11Cycles(db)) {
            Section11Cycle data = AuditQueries.section11(db, cycle);
            if (data.fallsIn(year)) {
                s11.add(Section11Analysis.analyse(data, AuditQueries.previousSection11(db, cycle), context.asAt(), wd));
            }
        }
        List<SchoolsOverview> schools = new ArrayList<>();
        for (String cycle : AuditQueries.schoolAuditCycles(db)) {
            SchoolAuditCycle data = AuditQueries.schoolAudits(db, cycle);
            if (data.fallsIn(year)) {
                schools.add(SchoolAuditAnalysis.analyse(data, ProgrammeQueries.programme(db,
                        SchoolAuditAnalysis.PROGRAMME_PROCESS, cycle), context.asAt()));
            }
        }
        Optional<SingleAgencyOverview> single = AuditQueries.singleAgencyAuditYears(db).contains(year.label())
                ? Optional.of(SingleAgencyAuditAnalysis.analyse(AuditQueries.singleAgencyAudits(db, year.label()),
                        SingleAgencyAuditAnalysis.due(year, ProgrammeQueries.programme(db, "single-agency-audit",
                                year.label())).date(), context.asAt()))
                : Optional.empty();
        ActionRegister actions = ActionTracker.register(AuditQueries.actions(db), AuditQueries.agencies(db),
                context.asAt());
        return new AnnualAuditInput(context.partnershipName(), year, yearData, findings, EvaluationQueries.all(db), s11,
                schools, single, actions);
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}
