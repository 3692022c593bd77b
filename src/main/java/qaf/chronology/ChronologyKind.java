package qaf.chronology;

import java.util.List;
import qaf.analysis.chronology.ChronologySubject;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKey;
import qaf.kind.DocumentKind;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.ChronologyQueries;
import qaf.store.Database;

/**
 * The merged multi-agency chronology: one per case in each evaluation of the year, and one per child
 * for each review of the year that has a child.
 */
public final class ChronologyKind implements DocumentKind<ChronologyKind.Key, ChronologyDocument> {
    private final ChronologyComposer composer = new ChronologyComposer();

    /** Whose chronology: a case in an evaluation, or the child of a review. */
    public record Key(ChronologySubject subject) implements DocumentKey {
        @Override
        public String label() {
            return subject.isReview() ? subject.reviewRef() : subject.evaluationRef() + "_" + subject.caseRef();
        }
    }

    @Override
    public String id() {
        return ChronologyComposer.KIND;
    }

    @Override
    public List<Key> keys(Database db, BuildContext context) {
        return ChronologyQueries.subjects(db, context.year()).stream().map(Key::new).toList();
    }

    @Override
    public ChronologyDocument compose(Database db, BuildContext context, Key key) {
        return composer.compose(ChronologyQueries.source(db, context.partnershipName(), key.subject()));
    }

    @Override
    public Renderer<ChronologyDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new ChronologyPdf();
            case DOCX -> new ChronologyDocx();
        };
    }
}
