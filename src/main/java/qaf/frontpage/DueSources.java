package qaf.frontpage;

import java.util.List;
import qaf.analysis.audit.Agency;
import qaf.analysis.due.DueInputs;
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
import qaf.store.ReviewQueries;

/** Reads the due list's inputs through the store's own queries: every clock's rows, every year. */
final class DueSources {
    private DueSources() {
    }

    static DueInputs read(Database db, int yearStartMonth) {
        List<Agency> agencies = AuditQueries.agencies(db);
        return new DueInputs(ReviewQueries.reviews(db), EvaluationQueries.all(db),
                AuditQueries.section11Cycles(db).stream().map(c -> AuditQueries.section11(db, c)).toList(),
                AuditQueries.singleAgencyAuditYears(db).stream().map(y -> AuditQueries.singleAgencyAudits(db, y))
                        .toList(),
                AuditQueries.actions(db), agencies, yearStartMonth, qaf.store.ProgrammeQueries.programme(db),
                AuditQueries.schoolAuditCycles(db).stream().map(c -> AuditQueries.schoolAudits(db, c)).toList());
    }
}
