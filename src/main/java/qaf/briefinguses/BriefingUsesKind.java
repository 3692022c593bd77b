package qaf.briefinguses;

import qaf.analysis.briefing.BriefingUseRollup;

import qaf.analysis.briefing.BriefingUse;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.briefing.BriefingYear;
import qaf.kind.DocumentKind;
import qaf.calendar.ReportingYear;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.BriefingQueries;
import qaf.store.Database;
import qaf.store.PartnershipQueries;

/**
 * The 7MB action plan roll-up: one per reporting year, once the partnership has any briefing. It
 * counts the sessions delivered in the year, of any briefing, and lists the year's briefings (by
 * {@link BriefingYear}) even when no agency used them.
 */
public final class BriefingUsesKind implements DocumentKind<BriefingUsesDocument> {
    private final BriefingUsesComposer composer = new BriefingUsesComposer();

    @Override
    public String id() {
        return BriefingUsesComposer.KIND;
    }

    @Override
    public List<String> keys(Database db, ReportingYear year) {
        return BriefingQueries.all(db).isEmpty() ? List.of() : List.of(year.label());
    }

    @Override
    public BriefingUsesDocument compose(Database db, ReportingYear year, String key) {
        List<BriefingQueries.BriefingRow> all = BriefingQueries.all(db);
        ReportingYear latest = PartnershipQueries.latestYear(db, year.startMonth());
        List<BriefingUseRollup.Named> briefings = all.stream()
                .filter(b -> BriefingYear.of(b.publishedOn(), b.sourceDate(), latest).equals(year))
                .map(b -> new BriefingUseRollup.Named(b.ref(), b.title()))
                .toList();
        // A session of an earlier year's briefing still counts; it is listed under its own title.
        List<BriefingUse> uses = BriefingQueries.uses(db, year);
        List<BriefingUseRollup.Named> listed = new ArrayList<>(briefings);
        for (BriefingQueries.BriefingRow b : all) {
            boolean used = uses.stream().anyMatch(u -> u.briefingRef().equals(b.ref()));
            if (used && briefings.stream().noneMatch(n -> n.ref().equals(b.ref()))) {
                listed.add(new BriefingUseRollup.Named(b.ref(), b.title()));
            }
        }
        return composer.compose(PartnershipQueries.partnership(db).name(), year, listed, BriefingQueries.agencies(db),
                uses);
    }

    @Override
    public Renderer<BriefingUsesDocument> renderer(Format format) {
        return switch (format) {
            case PDF -> new BriefingUsesPdf();
            case DOCX -> new BriefingUsesDocx();
        };
    }
}
