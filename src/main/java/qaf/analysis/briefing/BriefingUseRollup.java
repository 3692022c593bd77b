package qaf.analysis.briefing;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The 7MB action plan roll-up: how agencies cascaded seven-minute briefings, per briefing, per agency
 * and in total, and which agencies used none. Pure, so any document (the briefing-uses board paper,
 * the Training subgroup's annual report) can build it from whatever uses it selects.
 *
 * <p>Counting rules: a <em>session</em> is one reported use. <em>Teams reached</em> counts distinct
 * (agency, team) pairs, a session with no team recorded standing for the agency's one unnamed team.
 * A session <em>agreed actions</em> when its actions text is recorded and is not a "none" answer
 * (text starting "No", "None", "Nil" or "N/A", as in "No actions agreed; the team already applies this
 * learning"). Uses of a briefing or agency missing from the lists are still counted, under their ref.
 *
 * @param byBriefing one line per briefing listed (in the order given), then any other briefing used
 * @param byAgency one line per agency that used a briefing, in the order of the agency list
 * @param agenciesWithoutUse listed agencies with no session, in list order
 */
public record BriefingUseRollup(List<BriefingLine> byBriefing, List<AgencyLine> byAgency, Totals totals,
        List<Named> agenciesWithoutUse) {

    private static final Pattern NONE_ANSWER = Pattern.compile("^(no|none|nil|n/a)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public BriefingUseRollup {
        byBriefing = List.copyOf(byBriefing);
        byAgency = List.copyOf(byAgency);
        Objects.requireNonNull(totals, "totals");
        agenciesWithoutUse = List.copyOf(agenciesWithoutUse);
    }

    /** A briefing (ref, title) or an agency (code, name). */
    public record Named(String ref, String name) {
        public Named {
            Objects.requireNonNull(ref, "ref");
            name = name == null || name.isBlank() ? ref : name;
        }
    }

    /** What a set of sessions adds up to. */
    public record Counts(int sessions, int teams, int attendees, int sessionsAgreeingActions) {
    }

    /** @param agencies distinct agencies that cascaded the briefing */
    public record BriefingLine(Named briefing, int agencies, Counts counts) {
    }

    /** @param briefings distinct briefings the agency cascaded */
    public record AgencyLine(Named agency, int briefings, Counts counts) {
    }

    /**
     * @param briefingsUsed briefings with at least one session
     * @param agenciesReached agencies with at least one session
     * @param agenciesListed agencies in the list (the denominator of "reached")
     */
    public record Totals(int briefingsUsed, int agenciesReached, int agenciesListed, Counts counts) {
    }

    /** True when the session's recorded actions are actions, not a "none" answer. */
    public static boolean agreesActions(String actionsAgreed) {
        String text = actionsAgreed == null ? "" : actionsAgreed.strip();
        return !text.isEmpty() && !NONE_ANSWER.matcher(text).matches();
    }

    public static BriefingUseRollup of(List<Named> briefings, List<Named> agencies, List<BriefingUse> uses) {
        Map<String, Named> briefingNames = index(briefings);
        Map<String, Named> agencyNames = index(agencies);
        Map<String, List<BriefingUse>> perBriefing = new LinkedHashMap<>();
        briefingNames.keySet().forEach(ref -> perBriefing.put(ref, new ArrayList<>()));
        Map<String, List<BriefingUse>> perAgency = new LinkedHashMap<>();
        agencyNames.keySet().forEach(code -> perAgency.put(code, new ArrayList<>()));
        for (BriefingUse u : uses) {
            perBriefing.computeIfAbsent(u.briefingRef(), ref -> new ArrayList<>()).add(u);
            perAgency.computeIfAbsent(u.agencyCode(), code -> new ArrayList<>()).add(u);
        }

        List<BriefingLine> byBriefing = new ArrayList<>();
        for (Map.Entry<String, List<BriefingUse>> e : perBriefing.entrySet()) {
            byBriefing.add(new BriefingLine(named(briefingNames, e.getKey()),
                    distinct(e.getValue(), BriefingUse::agencyCode), counts(e.getValue())));
        }
        List<AgencyLine> byAgency = new ArrayList<>();
        List<Named> without = new ArrayList<>();
        for (Map.Entry<String, List<BriefingUse>> e : perAgency.entrySet()) {
            Named agency = named(agencyNames, e.getKey());
            if (e.getValue().isEmpty()) {
                without.add(agency);
            } else {
                byAgency.add(new AgencyLine(agency, distinct(e.getValue(), BriefingUse::briefingRef),
                        counts(e.getValue())));
            }
        }
        int briefingsUsed = (int) byBriefing.stream().filter(b -> b.counts().sessions() > 0).count();
        Totals totals = new Totals(briefingsUsed, byAgency.size(), agencyNames.size(), counts(uses));
        return new BriefingUseRollup(byBriefing, byAgency, totals, without);
    }

    private static Map<String, Named> index(List<Named> list) {
        Map<String, Named> map = new LinkedHashMap<>();
        for (Named n : list) {
            map.putIfAbsent(n.ref(), n);
        }
        return map;
    }

    private static Named named(Map<String, Named> names, String ref) {
        Named n = names.get(ref);
        return n == null ? new Named(ref, ref) : n;
    }

    private static int distinct(List<BriefingUse> uses, Function<BriefingUse, String> key) {
        Set<String> keys = new LinkedHashSet<>();
        uses.forEach(u -> keys.add(key.apply(u)));
        return keys.size();
    }

    private static Counts counts(List<BriefingUse> uses) {
        Set<String> teams = new LinkedHashSet<>();
        int attendees = 0;
        int agreeing = 0;
        for (BriefingUse u : uses) {
            // Team names are typed by hand: "Whole team meeting" and "whole team meeting" are one team.
            teams.add(u.agencyCode() + "\u0000" + u.team().toLowerCase(Locale.UK).replaceAll("\\s+", " "));
            attendees = qaf.analysis.audit.Total.add(attendees, u.attendees(),
                    "the attendees of the briefing sessions of briefing_uses.csv (briefing " + u.briefingRef() + ")");
            agreeing += agreesActions(u.actionsAgreed()) ? 1 : 0;
        }
        return new Counts(uses.size(), teams.size(), attendees, agreeing);
    }
}
