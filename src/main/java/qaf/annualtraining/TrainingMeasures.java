package qaf.annualtraining;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.Ratio;
import qaf.analysis.training.TrainingYear;
import qaf.analysis.training.TrainingYear.Tally;
import qaf.compose.Cells;
import qaf.analysis.briefing.BriefingUseRollup;

/**
 * Figures and labels the training report derives from the year's figures and uses in more than one
 * section: reach by an event or a briefing, the feedback response, the kinds of event in words.
 */
final class TrainingMeasures {
    private TrainingMeasures() {
    }

    static List<Agency> notReachedAtAll(TrainingYear t, BriefingUseRollup b) {
        Set<String> briefed = new HashSet<>();
        b.byAgency().forEach(l -> briefed.add(l.agency().ref()));
        return t.absent().stream().filter(a -> !briefed.contains(a.code())).toList();
    }

    static Ratio eitherReach(TrainingYear t, BriefingUseRollup b) {
        int listed = t.agenciesListed();
        int neither = notReachedAtAll(t, b).size();
        return new Ratio(listed - neither, listed);
    }

    static Ratio responseRatio(TrainingYear t) {
        int attendees = t.attendees();
        int responses = t.ratings().responses();
        // More responses than recorded attendees means the register is short; cap so the share stays a share.
        return new Ratio(Math.min(responses, attendees), attendees);
    }

    static String responseRate(TrainingYear t) {
        return Cells.percent(responseRatio(t));
    }

    static String kindsInWords(List<Tally> byKind) {
        List<String> parts = byKind.stream().filter(k -> k.count() > 0)
                .map(k -> k.count() + " " + kindLabel(k.label()).toLowerCase(Locale.UK)
                        + (k.count() == 1 ? "" : "s")).toList();
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "briefing-session" -> "Briefing session";
            case "course" -> "Course";
            case "conference" -> "Conference";
            case "webinar" -> "Webinar";
            default -> kind;
        };
    }
}
