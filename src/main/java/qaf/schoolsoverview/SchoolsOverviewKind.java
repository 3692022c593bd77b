package qaf.schoolsoverview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.SchoolAuditAnalysis;
import qaf.analysis.audit.SchoolAuditCycle;
import qaf.analysis.audit.SchoolAuditRating;
import qaf.compose.ActionsSection;
import qaf.document.BlockDocument;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.kind.DocumentKind;
import qaf.calendar.ReportingYear;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.PartnershipQueries;

/**
 * The schools' audit overview: one per cycle of the reporting year. The schools' audit has no due
 * date, so the earliest submission date recorded in the cycle decides the year; a cycle with no
 * submission date at all belongs to the year that starts in the calendar year its label names
 * ("2018" → 2018-19), so it is never silently left out.
 */
public final class SchoolsOverviewKind implements DocumentKind<BlockDocument> {

    @Override
    public String id() {
        return SchoolsOverviewComposer.KIND;
    }

    @Override
    public List<String> keys(Database db, ReportingYear year) {
        List<String> keys = new ArrayList<>();
        for (String cycle : AuditQueries.schoolAuditCycles(db)) {
            if (belongsTo(AuditQueries.schoolAudits(db, cycle), year)) {
                keys.add(cycle);
            }
        }
        return keys;
    }

    static boolean belongsTo(SchoolAuditCycle cycle, ReportingYear year) {
        Optional<LocalDate> first = cycle.ratings().stream().map(SchoolAuditRating::submittedOn)
                .filter(Objects::nonNull).min(Comparator.naturalOrder());
        if (first.isPresent()) {
            return year.contains(first.get());
        }
        return cycle.cycle().strip().equals(Integer.toString(year.firstYear()));
    }

    @Override
    public BlockDocument compose(Database db, ReportingYear year, String key) {
        PartnershipQueries.Partnership p = PartnershipQueries.partnership(db);
        SchoolAuditCycle cycle = AuditQueries.schoolAudits(db, key);
        ActionRegister actions = ActionsSection.register(AuditQueries.actions(db), cycle.agencies(),
                ActionSource.SCHOOL_AUDIT, key, year.end());
        return SchoolsOverviewComposer.compose(p.name(), year, SchoolAuditAnalysis.analyse(cycle), actions);
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}
