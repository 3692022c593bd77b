package qaf.frontpage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import qaf.catalogue.Catalogue;
import qaf.kind.DocumentKind;
import qaf.terms.Terms;

/** Headings for the kinds' sections of the front page, in the catalogue's build order. */
final class KindLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("chronology", "Multi-agency chronologies"),
            Map.entry("evaluation-overview", "Evaluation overviews"),
            Map.entry("agency-feedback", "Agency feedback"),
            Map.entry("independent-overview", "Independent overviews"),
            Map.entry("close-the-loop", "Close-the-loop forms"),
            Map.entry("single-agency-review", "Single agency reviews"),
            Map.entry("seven-minute-briefing", "Seven-minute briefings"),
            Map.entry("briefing-uses", "Seven-minute briefings: action plan"),
            Map.entry("s11-overview", "Section 11 audit overviews"),
            Map.entry("schools-overview", "Schools\u2019 audit overviews"),
            Map.entry("single-agency-overview", "Single agency audit overviews"),
            Map.entry("action-tracker", "Action tracker"),
            Map.entry("qa-programme", "Quality assurance programme"), Map.entry("pre-panel-pack", "Pre-panel packs"),
            Map.entry("panel-notes", "Panel notes"),
            Map.entry("board-pack", "Board pack"));

    private static final List<String> BUILD_ORDER = Catalogue.ALL.stream().map(DocumentKind::id).toList();

    /** Catalogue order; a kind the catalogue does not hold (the board pack) after, by id. */
    static final Comparator<String> ORDER = Comparator.comparingInt((String k) -> {
        int i = BUILD_ORDER.indexOf(k);
        return i < 0 ? BUILD_ORDER.size() : i;
    }).thenComparing(Comparator.naturalOrder());

    private KindLabels() {
    }

    /** The kind's heading, the subgroups named in the partnership's words; its id when qaf has no words for it yet. */
    static String label(String kind, Terms terms) {
        return switch (kind) {
            case "annual-report-reviews" -> "Annual report: " + terms.scrSubgroup();
            case "annual-report-audit" -> "Annual report: " + terms.auditSubgroup();
            case "annual-report-training" -> "Annual report: " + terms.trainingSubgroup();
            default -> LABELS.getOrDefault(kind, kind);
        };
    }
}
