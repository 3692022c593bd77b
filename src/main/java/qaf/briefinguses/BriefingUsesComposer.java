package qaf.briefinguses;

import qaf.analysis.briefing.BriefingUseRollup;

import qaf.analysis.briefing.BriefingUse;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import qaf.calendar.ReportingYear;
import qaf.document.Audience;
import qaf.document.DocumentMeta;

/** Composes the year's 7MB action plan roll-up. Pure: the store hands over the lists. */
public final class BriefingUsesComposer {
    static final String KIND = "briefing-uses";
    static final String NOT_RECORDED = "not recorded";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * @param briefings the year's briefings (ref, title), listed even when unused
     * @param agencies every agency (code, name), in display order
     * @param uses the sessions delivered within the year
     */
    public BriefingUsesDocument compose(String partnershipName, ReportingYear year,
            List<BriefingUseRollup.Named> briefings, List<BriefingUseRollup.Named> agencies, List<BriefingUse> uses) {
        BriefingUseRollup rollup = BriefingUseRollup.of(briefings, agencies, uses);
        Map<String, String> agencyNames = agencies.stream().collect(Collectors.toMap(BriefingUseRollup.Named::ref,
                BriefingUseRollup.Named::name, (a, b) -> a));
        List<BriefingUsesDocument.Session> sessions = new ArrayList<>();
        // The appendix reads by briefing, then agency as named, then day and team.
        List<BriefingUse> ordered = uses.stream().sorted(Comparator.comparing(BriefingUse::briefingRef)
                .thenComparing(u -> agencyNames.getOrDefault(u.agencyCode(), u.agencyCode()))
                .thenComparing(BriefingUse::agencyCode)
                .thenComparing(BriefingUse::deliveredOn)
                .thenComparing(BriefingUse::team)).toList();
        for (BriefingUse u : ordered) {
            sessions.add(new BriefingUsesDocument.Session(u.briefingRef(),
                    agencyNames.getOrDefault(u.agencyCode(), u.agencyCode()), DAY.format(u.deliveredOn()),
                    u.team().isEmpty() ? NOT_RECORDED : u.team(), u.attendees(),
                    u.actionsAgreed().isEmpty() ? NOT_RECORDED : u.actionsAgreed()));
        }
        List<String> notes = new ArrayList<>();
        if (uses.isEmpty()) {
            notes.add("No agency reported cascading a seven-minute briefing in " + year.label() + ".");
        }
        if (briefings.isEmpty()) {
            notes.add("No seven-minute briefing belongs to " + year.label() + ".");
        }
        notes.add("A session agreed actions when its recorded actions are not a \"none\" answer (such as \"No"
                + " actions agreed\"). Teams reached counts each agency's distinct teams; a session with no team"
                + " recorded counts as one team of that agency.");
        String period = LONG.format(year.start()) + " to " + LONG.format(year.end());
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName,
                "Seven-minute briefings: the 7MB action plan, " + year.label(),
                "How agencies cascaded the briefings: sessions delivered " + period, Audience.BOARD,
                refs(rollup, uses));
        return new BriefingUsesDocument(meta, year.label(), period, rollup, sessions, notes);
    }

    private static List<String> refs(BriefingUseRollup rollup, List<BriefingUse> uses) {
        Set<String> refs = new LinkedHashSet<>();
        rollup.byBriefing().forEach(l -> refs.add(l.briefing().ref()));
        uses.stream().map(BriefingUse::agencyCode).sorted().forEach(refs::add);
        return List.copyOf(refs);
    }

}
