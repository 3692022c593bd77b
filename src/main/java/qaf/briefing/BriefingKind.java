package qaf.briefing;

import java.util.List;
import qaf.analysis.briefing.BriefingRecord;
import qaf.analysis.briefing.BriefingSource;
import qaf.analysis.briefing.BriefingYear;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKey;
import qaf.kind.DocumentKind;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.BriefingQueries;
import qaf.store.Database;
import qaf.store.EvaluationQueries;

/** The seven-minute briefings of a year ({@link BriefingYear} decides which year a briefing is in). */
public final class BriefingKind implements DocumentKind<BriefingKind.Key, SevenMinuteBriefing> {
    private final BriefingComposer composer = new BriefingComposer();

    /** A briefing, by its ref. */
    public record Key(String briefingRef) implements DocumentKey {
        @Override
        public String label() {
            return briefingRef;
        }
    }

    @Override
    public String id() {
        return BriefingComposer.KIND;
    }

    @Override
    public List<Key> keys(Database db, BuildContext context) {
        return BriefingYear.of(context.year(), context.latestYear(), BriefingQueries.all(db)).stream()
                .map(b -> new Key(b.ref())).toList();
    }

    @Override
    public SevenMinuteBriefing compose(Database db, BuildContext context, Key key) {
        BriefingRecord b = BriefingQueries.briefing(db, key.briefingRef())
                .orElseThrow(() -> new IllegalArgumentException("no briefing " + key.briefingRef()));
        EvaluationFindings findings = null;
        String reviewType = null;
        if ("evaluation".equals(b.sourceKind()) && b.sourceRef() != null) {
            // Only whole-evaluation counts and grades are shown, which do not depend on the as-at day.
            findings = EvaluationQueries.evaluation(db, b.sourceRef().strip())
                    .map(d -> EvaluationFindings.of(d, context.workingDays(), context.asAt())).orElse(null);
        } else if ("review".equals(b.sourceKind()) && b.sourceRef() != null) {
            reviewType = BriefingQueries.reviewType(db, b.sourceRef().strip()).orElse(null);
        }
        return composer.compose(new BriefingSource(context.partnershipName(), b.ref(), b.title(), b.sourceKind(),
                b.sourceRef(), b.publishedOn(), BriefingQueries.sections(db, key.briefingRef()), findings, reviewType,
                BriefingQueries.childNamesToWithhold(db)), context.terms());
    }

    @Override
    public Renderer<SevenMinuteBriefing> renderer(Format format) {
        return switch (format) {
            case PDF -> new BriefingPdf();
            case DOCX -> BriefingBlocks.docx();
        };
    }
}
