package qaf.schoolsoverview;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.SchoolAuditAnalysis;
import qaf.analysis.audit.SchoolAuditCycle;
import qaf.compose.ActionsSection;
import qaf.document.BlockDocument;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKind;
import qaf.kind.Keys;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.ProgrammeQueries;

/**
 * The schools' audit overview: one per cycle of the reporting year. Returns are measured against the
 * QA programme's due day for the cycle (programme.csv). The earliest submission date recorded in the
 * cycle decides the year, as the annual audit report files it; a cycle with no
 * submission date at all belongs to the year that starts in the calendar year its label names
 * ("2018" → 2018-19), so it is never silently left out.
 */
public final class SchoolsOverviewKind implements DocumentKind<Keys.Cycle, BlockDocument> {

    @Override
    public String id() {
        return SchoolsOverviewComposer.KIND;
    }

    @Override
    public List<Keys.Cycle> keys(Database db, BuildContext context) {
        List<Keys.Cycle> keys = new ArrayList<>();
        for (String cycle : AuditQueries.schoolAuditCycles(db)) {
            if (AuditQueries.schoolAudits(db, cycle).fallsIn(context.year())) {
                keys.add(new Keys.Cycle(cycle));
            }
        }
        return keys;
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Cycle key) {
        SchoolAuditCycle cycle = AuditQueries.schoolAudits(db, key.cycle());
        ActionRegister actions = ActionsSection.register(AuditQueries.actions(db), cycle.agencies(),
                ActionSource.SCHOOL_AUDIT, key.cycle(), context.asAt());
        return SchoolsOverviewComposer.compose(context.partnershipName(), context.year(),
                SchoolAuditAnalysis.analyse(cycle, ProgrammeQueries.programme(db, SchoolAuditAnalysis.PROGRAMME_PROCESS,
                        key.cycle()), context.asAt()), actions);
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}
