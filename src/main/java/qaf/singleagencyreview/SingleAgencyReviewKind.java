package qaf.singleagencyreview;

import java.util.List;
import qaf.document.BlockDocument;
import qaf.kind.BuildContext;
import qaf.kind.DocumentKey;
import qaf.kind.DocumentKind;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.render.docx.BlockDocx;
import qaf.render.pdf.BlockPdf;
import qaf.store.AuditQueries;
import qaf.store.Database;
import qaf.store.SingleAgencyReviewQueries;
import qaf.store.StoreException;

/**
 * One appendix A report per single agency review the partnership became aware of in the year (as
 * the review's chronology is dated), statuses as at the build's day.
 */
public final class SingleAgencyReviewKind implements DocumentKind<SingleAgencyReviewKind.Key, BlockDocument> {
    private final SingleAgencyReviewComposer composer = new SingleAgencyReviewComposer();

    /** One single agency review. */
    public record Key(String reviewRef) implements DocumentKey {
        @Override
        public String label() {
            return reviewRef;
        }
    }

    @Override
    public String id() {
        return SingleAgencyReviewComposer.KIND;
    }

    @Override
    public List<Key> keys(Database db, BuildContext context) {
        return SingleAgencyReviewQueries.refs(db, context.year()).stream().map(Key::new).toList();
    }

    @Override
    public BlockDocument compose(Database db, BuildContext context, Key key) {
        return composer.compose(context.partnershipName(), context.year(), context.asAt(), context.workingDays(),
                SingleAgencyReviewQueries.review(db, key.reviewRef())
                        .orElseThrow(() -> new StoreException("no review " + key.reviewRef(), null)),
                AuditQueries.agencies(db), context.terms());
    }

    @Override
    public Renderer<BlockDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BlockPdf();
            case DOCX -> new BlockDocx();
        };
    }
}
