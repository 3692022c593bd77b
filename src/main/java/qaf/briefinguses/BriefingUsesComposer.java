package qaf.briefinguses;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import qaf.analysis.briefing.BriefingUse;
import qaf.analysis.briefing.BriefingUseRollup;
import qaf.analysis.briefing.BriefingUseRollup.Counts;
import qaf.calendar.ReportingYear;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.TableLayout;

/**
 * Composes the year's 7MB action plan roll-up (board audience) as blocks: how agencies cascaded the
 * seven-minute briefings, per briefing and per agency, with every session in an appendix. Pure: the
 * store hands over the lists.
 */
public final class BriefingUsesComposer {
    static final String KIND = "briefing-uses";
    static final String NOT_RECORDED = "not recorded";
    static final List<String> BRIEFING_HEADER = List.of("Briefing", "Agencies", "Sessions", "Teams reached",
            "Attendees", "Sessions agreeing actions");
    static final List<String> AGENCY_HEADER = List.of("Agency", "Briefings used", "Sessions", "Teams reached",
            "Attendees", "Sessions agreeing actions");
    static final List<String> SESSION_HEADER = List.of("Briefing", "Agency", "Delivered", "Team", "Attendees",
            "Actions agreed");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * @param briefings the year's briefings (ref, title), listed even when unused
     * @param agencies every agency (code, name), in display order
     * @param uses the sessions delivered within the year
     */
    public BlockDocument compose(String partnershipName, ReportingYear year,
            List<BriefingUseRollup.Named> briefings, List<BriefingUseRollup.Named> agencies, List<BriefingUse> uses) {
        BriefingUseRollup rollup = BriefingUseRollup.of(briefings, agencies, uses);
        String period = LONG.format(year.start()) + " to " + LONG.format(year.end());
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName,
                "Seven-minute briefings: the 7MB action plan, " + year.label(),
                "How agencies cascaded the briefings: sessions delivered " + period, Audience.BOARD,
                refs(rollup, uses));
        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(1, "Summary"));
        summary(rollup).forEach(s -> body.add(new Block.Paragraph(s)));

        body.add(new Block.Heading(1, "How each briefing was used"));
        List<List<String>> byBriefing = new ArrayList<>();
        for (BriefingUseRollup.BriefingLine l : rollup.byBriefing()) {
            String label = l.briefing().ref().equals(l.briefing().name()) ? l.briefing().ref()
                    : l.briefing().ref() + ": " + l.briefing().name();
            byBriefing.add(row(label, l.agencies(), l.counts()));
        }
        byBriefing.add(row("Total", rollup.totals().agenciesReached(), rollup.totals().counts()));
        body.add(rollupTable("by-briefing", BRIEFING_HEADER, byBriefing));
        body.add(new Block.Paragraph(byBriefingTotalNote(rollup)));

        body.add(new Block.Heading(1, "How each agency used the briefings"));
        List<List<String>> byAgency = new ArrayList<>();
        for (BriefingUseRollup.AgencyLine l : rollup.byAgency()) {
            byAgency.add(row(l.agency().name(), l.briefings(), l.counts()));
        }
        byAgency.add(row("Total", rollup.totals().briefingsUsed(), rollup.totals().counts()));
        body.add(rollupTable("by-agency", AGENCY_HEADER, byAgency));
        body.add(new Block.Paragraph("In the Total row, Briefings used (" + rollup.totals().briefingsUsed()
                + ") counts each briefing once, however many agencies cascaded it; the rows above add up to "
                + rollup.byAgency().stream().mapToInt(BriefingUseRollup.AgencyLine::briefings).sum()
                + ". The other columns add up to their totals."));

        body.add(new Block.Heading(1, "Agencies that used no briefing"));
        if (rollup.agenciesWithoutUse().isEmpty()) {
            body.add(new Block.Paragraph("Every agency cascaded at least one briefing."));
        } else {
            // A table, not a list, so the analyst gets the agencies (with their codes) as a CSV too.
            List<List<String>> without = rollup.agenciesWithoutUse().stream().map(a -> List.of(a.ref(), a.name()))
                    .toList();
            body.add(new Block.Table("agencies-without-use", List.of("Code", "Agency"),
                    without.stream().map(r -> r.stream().map(Block.Cell::of).toList()).toList(), TableLayout.TWO,
                    java.util.Set.of(), new DataTable("agencies-without-use", List.of("agency_code", "agency"),
                            without)));
        }
        body.add(new Block.Heading(1, "Notes"));
        body.add(new Block.Bullets(notes(year, briefings, uses)));

        body.add(new Block.Heading(1, "Appendix: the 7MB action plan"));
        if (uses.isEmpty()) {
            body.add(new Block.Paragraph("No sessions were reported."));
        } else {
            body.add(new Block.Paragraph("Each session as the agency reported it, by briefing, agency and day."));
            body.add(new Block.Table(new DataTable("sessions", SESSION_HEADER, sessionRows(agencies, uses)),
                    TableLayout.SESSIONS, 4));
        }
        return new BlockDocument(meta, "briefing-uses-" + year.label(), BlockDocument.Orientation.LANDSCAPE, "",
                body);
    }

    /**
     * The by-briefing table's Total row holds two distinct counts (agencies and teams, each once in the
     * year) over columns that count them once per briefing, so it says so with both sums.
     */
    static String byBriefingTotalNote(BriefingUseRollup rollup) {
        BriefingUseRollup.Totals t = rollup.totals();
        int agencies = rollup.byBriefing().stream().mapToInt(BriefingUseRollup.BriefingLine::agencies).sum();
        int teams = rollup.byBriefing().stream().mapToInt(l -> l.counts().teams()).sum();
        return "In the Total row, Agencies (" + t.agenciesReached() + ") and Teams reached (" + t.counts().teams()
                + ") count each agency and each team once, however many briefings it cascaded; the rows above count"
                + " it under every briefing, so those columns add up to " + agencies + " and " + teams
                + ". Sessions, attendees and sessions agreeing actions add up to their totals.";
    }

    /** The headline sentences. */
    static List<String> summary(BriefingUseRollup rollup) {
        BriefingUseRollup.Totals t = rollup.totals();
        Counts c = t.counts();
        return List.of(
                "Briefings cascaded: " + t.briefingsUsed() + " of " + rollup.byBriefing().size() + ".",
                "Agencies that cascaded a briefing: " + t.agenciesReached() + " of " + t.agenciesListed() + ".",
                "Sessions: " + c.sessions() + "; distinct teams reached: " + c.teams() + "; attendees: "
                        + c.attendees() + ".",
                "Sessions at which the team agreed actions: " + c.sessionsAgreeingActions() + " of " + c.sessions()
                        + ".");
    }

    private static List<String> notes(ReportingYear year, List<BriefingUseRollup.Named> briefings,
            List<BriefingUse> uses) {
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
        return notes;
    }

    /** The sessions by briefing, then agency as named, then day and team; blanks "not recorded". */
    private static List<List<String>> sessionRows(List<BriefingUseRollup.Named> agencies, List<BriefingUse> uses) {
        Map<String, String> agencyNames = agencies.stream().collect(Collectors.toMap(BriefingUseRollup.Named::ref,
                BriefingUseRollup.Named::name, (a, b) -> a));
        return uses.stream().sorted(Comparator.comparing(BriefingUse::briefingRef)
                .thenComparing(u -> agencyNames.getOrDefault(u.agencyCode(), u.agencyCode()))
                .thenComparing(BriefingUse::agencyCode)
                .thenComparing(BriefingUse::deliveredOn)
                .thenComparing(BriefingUse::team))
                .map(u -> List.of(u.briefingRef(), agencyNames.getOrDefault(u.agencyCode(), u.agencyCode()),
                        DAY.format(u.deliveredOn()), u.team().isEmpty() ? NOT_RECORDED : u.team(),
                        Integer.toString(u.attendees()), u.actionsAgreed().isEmpty() ? NOT_RECORDED
                                : u.actionsAgreed()))
                .toList();
    }

    /** A roll-up table whose last row, the total, is in bold. */
    private static Block.Table rollupTable(String name, List<String> header, List<List<String>> rows) {
        List<List<Block.Cell>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            boolean total = i == rows.size() - 1;
            cells.add(rows.get(i).stream().map(t -> new Block.Cell(t, null, total)).toList());
        }
        return new Block.Table(name, header, cells, TableLayout.SIX_COUNTS, TableLayout.SIX_COUNTS.defaultNumeric(),
                null);
    }

    private static List<String> row(String label, int second, Counts c) {
        return List.of(label, Integer.toString(second), Integer.toString(c.sessions()), Integer.toString(c.teams()),
                Integer.toString(c.attendees()), Integer.toString(c.sessionsAgreeingActions()));
    }

    private static List<String> refs(BriefingUseRollup rollup, List<BriefingUse> uses) {
        Set<String> refs = new LinkedHashSet<>();
        rollup.byBriefing().forEach(l -> refs.add(l.briefing().ref()));
        uses.stream().map(BriefingUse::agencyCode).sorted().forEach(refs::add);
        return List.copyOf(refs);
    }
}
