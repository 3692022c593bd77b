package qaf.qaprogramme;

import java.util.List;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationTimetable;
import qaf.analysis.programme.EvaluationDates;
import qaf.analysis.programme.ProgrammeEntry;
import qaf.calendar.WorkingDays;
import qaf.document.BlockDocument;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKind;
import qaf.kind.Keys;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
import qaf.store.ProgrammeQueries;

/**
 * One QA programme per reporting year: the evaluations whose panel day falls in it and the
 * programme's cycles of it ({@link ProgrammeEntry#belongsTo}). Public: dates, refs and themes only.
 */
public final class QaProgrammeKind implements DocumentKind<Keys.Year, BlockDocument> {
    private final QaProgrammeComposer composer = new QaProgrammeComposer();

    @Override
    public String id() {
        return QaProgrammeComposer.KIND;
    }

    @Override
    public List<Keys.Year> keys(Database db, BuildContext context) {
        return List.of(new Keys.Year(context.year().label()));
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Keys.Year key) {
        WorkingDays wd = context.workingDays();
        List<EvaluationDates> dates = EvaluationQueries.year(db, context.year()).stream()
                .map(EvaluationData::evaluation).map(e -> EvaluationDates.of(EvaluationTimetable.of(e, wd), wd))
                .toList();
        List<ProgrammeEntry> programme = ProgrammeQueries.programme(db).stream()
                .filter(p -> p.belongsTo(context.year())).toList();
        // The partnership's words; qaf.kind.BuildContext is to carry them for every kind.
        return composer.compose(context.partnershipName(), context.terms(), context.year(), dates,
                programme);
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}
