package qaf.catalogue;

import qaf.kind.DocumentKind;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import qaf.actiontracker.ActionTrackerKind;
import qaf.agencyfeedback.AgencyFeedbackKind;
import qaf.briefing.BriefingKind;
import qaf.briefinguses.BriefingUsesKind;
import qaf.chronology.ChronologyKind;
import qaf.closetheloop.CloseTheLoopKind;
import qaf.evaluationoverview.EvaluationOverviewKind;
import qaf.singleagencyoverview.SingleAgencyOverviewKind;

/** The catalogue's kinds that exist so far, in build order: adding a kind is one line here. */
public final class Catalogue {
    public static final List<DocumentKind<?, ?>> ALL = List.of(
            new ChronologyKind(),
            new EvaluationOverviewKind(),
            new AgencyFeedbackKind(),
            new CloseTheLoopKind(),
            new BriefingKind(),
            new BriefingUsesKind(),
            new qaf.s11overview.S11OverviewKind(),
            new qaf.schoolsoverview.SchoolsOverviewKind(),
            new SingleAgencyOverviewKind(),
            new ActionTrackerKind(),
            new qaf.annualreviews.AnnualReviewsKind(),
            new qaf.annualaudit.AnnualAuditKind(),
            new qaf.annualtraining.AnnualTrainingKind(),
            new qaf.qaprogramme.QaProgrammeKind(), new qaf.prepanelpack.PrePanelPackKind(),
            new qaf.panelnotes.PanelNotesKind());

    private Catalogue() {
    }

    /** The kinds named, or all when none are; an unknown name is a usage error that lists the known ones. */
    public static List<DocumentKind<?, ?>> select(Set<String> ids) {
        if (ids.isEmpty()) {
            return ALL;
        }
        Set<String> known = ALL.stream().map(DocumentKind::id).collect(Collectors.toCollection(java.util.TreeSet::new));
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("unknown document kind '" + id + "'; known kinds: "
                        + String.join(", ", known));
            }
        }
        return ALL.stream().filter(k -> ids.contains(k.id())).toList();
    }
}
