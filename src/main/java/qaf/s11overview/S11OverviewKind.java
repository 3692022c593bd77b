package qaf.s11overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.Section11Analysis;
import qaf.analysis.audit.Section11Cycle;
import qaf.analysis.audit.Section11Overview;
import qaf.analysis.audit.Section11Return;
import qaf.compose.ActionsSection;
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
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.PartnershipQueries;

/**
 * The Section 11 overview: one per cycle whose returns fall due in the reporting year (the earliest
 * due date of the cycle's return rows decides, so a cycle belongs to exactly one year). Statuses are
 * as at the year's last day.
 */
public final class S11OverviewKind implements DocumentKind<BlockDocument> {

    @Override
    public String id() {
        return S11OverviewComposer.KIND;
    }

    @Override
    public List<String> keys(Database db, ReportingYear year) {
        List<String> keys = new ArrayList<>();
        for (String cycle : AuditQueries.section11Cycles(db)) {
            if (belongsTo(AuditQueries.section11(db, cycle), year)) {
                keys.add(cycle);
            }
        }
        return keys;
    }

    /** The cycle's earliest due date falls within the year. */
    static boolean belongsTo(Section11Cycle cycle, ReportingYear year) {
        Optional<LocalDate> due = cycle.returns().stream().map(Section11Return::dueOn)
                .min(Comparator.naturalOrder());
        return due.isPresent() && year.contains(due.get());
    }

    @Override
    public BlockDocument compose(Database db, ReportingYear year, String key) {
        PartnershipQueries.Partnership p = PartnershipQueries.partnership(db);
        WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.fromId(p.bankHolidays())));
        Section11Cycle cycle = AuditQueries.section11(db, key);
        Section11Overview overview = Section11Analysis.analyse(cycle, AuditQueries.previousSection11(db, key),
                year.end(), wd);
        ActionRegister actions = ActionsSection.register(AuditQueries.actions(db), cycle.agencies(),
                ActionSource.S11, key, year.end());
        return S11OverviewComposer.compose(p.name(), year, overview, actions);
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}
