package qaf.s11overview;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.Section11Analysis;
import qaf.analysis.audit.Section11Cycle;
import qaf.analysis.audit.Section11Overview;
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

/**
 * The Section 11 overview: one per cycle whose returns fall due in the reporting year (the earliest
 * due date of the cycle's return rows decides, so a cycle belongs to exactly one year). Statuses are
 * as at the year's last day.
 */
public final class S11OverviewKind implements DocumentKind<Keys.Cycle, BlockDocument> {

    @Override
    public String id() {
        return S11OverviewComposer.KIND;
    }

    @Override
    public List<Keys.Cycle> keys(Database db, BuildContext context) {
        List<Keys.Cycle> keys = new ArrayList<>();
        for (String cycle : AuditQueries.section11Cycles(db)) {
            if (AuditQueries.section11(db, cycle).fallsIn(context.year())) {
                keys.add(new Keys.Cycle(cycle));
            }
        }
        return keys;
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Cycle key) {
        Section11Cycle cycle = AuditQueries.section11(db, key.cycle());
        Section11Overview overview = Section11Analysis.analyse(cycle, AuditQueries.previousSection11(db, key.cycle()),
                context.asAt(), context.workingDays());
        ActionRegister actions = ActionsSection.register(AuditQueries.actions(db), cycle.agencies(),
                ActionSource.S11, key.cycle(), context.asAt());
        return S11OverviewComposer.compose(context.partnershipName(), context.year(), overview, actions);
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}
