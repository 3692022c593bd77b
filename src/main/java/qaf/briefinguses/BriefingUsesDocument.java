package qaf.briefinguses;

import qaf.analysis.briefing.BriefingUseRollup;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.briefing.BriefingUseRollup.Counts;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.ReportDocument;

/**
 * The 7MB action plan roll-up for one reporting year (board audience): how agencies cascaded the
 * seven-minute briefings, per briefing and per agency, with every session in an appendix.
 *
 * @param yearLabel e.g. "2018-19"
 * @param period e.g. "1 April 2018 to 31 March 2019"
 * @param sessions every session of the year, by briefing, agency, day and team
 * @param notes plain statements, e.g. that no session was reported
 */
public record BriefingUsesDocument(
        DocumentMeta meta,
        String yearLabel,
        String period,
        BriefingUseRollup rollup,
        List<Session> sessions,
        List<String> notes) implements ReportDocument {

    public BriefingUsesDocument {
        sessions = List.copyOf(sessions);
        notes = List.copyOf(notes);
    }

    /** One session as displayed: day as dd/MM/yyyy, empty team or actions as "not recorded". */
    public record Session(String briefingRef, String agencyName, String deliveredOn, String team, int attendees,
            String actionsAgreed) {
    }

    static final List<String> BRIEFING_HEADER = List.of("Briefing", "Agencies", "Sessions", "Teams reached",
            "Attendees", "Sessions agreeing actions");
    static final List<String> AGENCY_HEADER = List.of("Agency", "Briefings used", "Sessions", "Teams reached",
            "Attendees", "Sessions agreeing actions");
    static final List<String> SESSION_HEADER = List.of("Briefing", "Agency", "Delivered", "Team", "Attendees",
            "Actions agreed");

    /** Per briefing, then a total row: the displayed table. */
    public List<List<String>> briefingRows() {
        List<List<String>> rows = new ArrayList<>();
        for (BriefingUseRollup.BriefingLine l : rollup.byBriefing()) {
            String label = l.briefing().ref().equals(l.briefing().name()) ? l.briefing().ref()
                    : l.briefing().ref() + ": " + l.briefing().name();
            rows.add(row(label, l.agencies(), l.counts()));
        }
        rows.add(row("Total", rollup.totals().agenciesReached(), rollup.totals().counts()));
        return rows;
    }

    /** Per agency that used a briefing, then a total row. */
    public List<List<String>> agencyRows() {
        List<List<String>> rows = new ArrayList<>();
        for (BriefingUseRollup.AgencyLine l : rollup.byAgency()) {
            rows.add(row(l.agency().name(), l.briefings(), l.counts()));
        }
        rows.add(row("Total", rollup.totals().briefingsUsed(), rollup.totals().counts()));
        return rows;
    }

    public List<List<String>> sessionRows() {
        return sessions.stream().map(s -> List.of(s.briefingRef(), s.agencyName(), s.deliveredOn(), s.team(),
                Integer.toString(s.attendees()), s.actionsAgreed())).toList();
    }

    /** The headline sentences, shared by both formats. */
    public List<String> summary() {
        BriefingUseRollup.Totals t = rollup.totals();
        Counts c = t.counts();
        return List.of(
                "Briefings cascaded: " + t.briefingsUsed() + " of " + rollup.byBriefing().size() + ".",
                "Agencies that cascaded a briefing: " + t.agenciesReached() + " of " + t.agenciesListed() + ".",
                "Sessions: " + c.sessions() + "; teams reached: " + c.teams() + "; attendees: " + c.attendees() + ".",
                "Sessions at which the team agreed actions: " + c.sessionsAgreeingActions() + " of " + c.sessions()
                        + ".");
    }

    private static List<String> row(String label, int second, Counts c) {
        return List.of(label, Integer.toString(second), Integer.toString(c.sessions()), Integer.toString(c.teams()),
                Integer.toString(c.attendees()), Integer.toString(c.sessionsAgreeingActions()));
    }

    @Override
    public String name() {
        return ReportDocument.safeName("briefing-uses-" + yearLabel);
    }

    @Override
    public List<DataTable> dataTables() {
        return List.of(
                new DataTable("by-briefing", BRIEFING_HEADER, briefingRows()),
                new DataTable("by-agency", AGENCY_HEADER, agencyRows()),
                new DataTable("agencies-without-use", List.of("agency_code", "agency"), rollup.agenciesWithoutUse()
                        .stream().map(a -> List.of(a.ref(), a.name())).toList()),
                new DataTable("sessions", SESSION_HEADER, sessionRows()));
    }
}
