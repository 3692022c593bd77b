package qaf.closetheloop;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.kind.DocumentKind;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
import qaf.store.PartnershipQueries;
import qaf.store.StoreException;

/**
 * Close-the-loop forms: one per agency whose final grade on a case of an evaluation of the year is
 * requires improvement or inadequate. A key is {@code evaluation|case|agency}. The only kind that
 * reads children's names ({@link EvaluationQueries#children}): it is case audience.
 */
public final class CloseTheLoopKind implements DocumentKind<CloseTheLoopDocument> {
    private static final String SEP = "|";
    private final CloseTheLoopComposer composer = new CloseTheLoopComposer();

    @Override
    public String id() {
        return CloseTheLoopComposer.KIND;
    }

    /** Evaluations by panel day then ref; within one, by case ref then agency code. */
    @Override
    public List<String> keys(Database db, ReportingYear year) {
        WorkingDays wd = workingDays(db);
        List<String> keys = new ArrayList<>();
        for (EvaluationData data : EvaluationQueries.year(db, year)) {
            for (CloseTheLoopItem item : EvaluationFindings.of(data, wd, year.end()).closeTheLoop().expected()) {
                keys.add(data.evaluation().ref() + SEP + item.grade().caseRef() + SEP + item.grade().agencyCode());
            }
        }
        return keys;
    }

    @Override
    public CloseTheLoopDocument compose(Database db, ReportingYear year, String key) {
        String[] parts = key.split("\\" + SEP, -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a close-the-loop key: " + key);
        }
        EvaluationData data = EvaluationQueries.evaluation(db, parts[0])
                .orElseThrow(() -> new StoreException("no evaluation " + parts[0], null));
        EvaluationFindings findings = EvaluationFindings.of(data, workingDays(db), year.end());
        return composer.compose(PartnershipQueries.partnership(db).name(), findings, parts[1], parts[2],
                EvaluationQueries.children(db, parts[0]));
    }

    @Override
    public Renderer<CloseTheLoopDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new CloseTheLoopPdf();
            case DOCX -> new CloseTheLoopDocx();
        };
    }

    private static WorkingDays workingDays(Database db) {
        return new WorkingDays(BankHolidays.load(Nation.fromId(PartnershipQueries.partnership(db).bankHolidays())));
    }
}
