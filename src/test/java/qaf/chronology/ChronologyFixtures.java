package qaf.chronology;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qaf.chronology.ChronologyDocument.AgencyCount;
import qaf.chronology.ChronologyDocument.Entry;
import qaf.document.Audience;
import qaf.document.DocumentMeta;
import qaf.document.Chart;

/** Invented chronologies that exercise every kind of text the renderers must survive. */
final class ChronologyFixtures {
    static final String PARTNERSHIP = "Northbrook & Dale Safeguarding Children Partnership";
    static final String ALT_TEXT = "Timeline: Children's Social Care 4 entries, Police 2 <& \"Ops\"> entries,"
            + " Health Visiting 2 entries, Probation Service none.";
    static final String LONG_EVENT = longText(30_000);
    static final String ARABIC = "قالت الطفلة إنها تشعر بالأمان في المدرسة";
    static final String URDU = "بچے نے کہا کہ وہ گھر جانا نہیں چاہتا";
    static final String AWKWARD = "Markup <b>not bold</b> & ${placeholder} {braces} \"quotes\"";

    private ChronologyFixtures() {
    }

    static DocumentMeta meta(Audience audience) {
        return new DocumentMeta("chronology", PARTNERSHIP, "Multi-agency chronology",
                "Case C-0101, evaluation MACE-2018-01", audience, List.of("MACE-2018-01", "C-0101"));
    }

    static Chart timeline() {
        List<Chart.Lane> lanes = new java.util.ArrayList<>();
        String[] codes = {"CSC", "POL", "HV", "PRB"};
        for (int i = 0; i < codes.length; i++) {
            lanes.add(new Chart.Lane(codes[i], List.of(new Chart.Mark(java.time.LocalDate.of(2018, 1 + i, 3), i == 1),
                    new Chart.Mark(java.time.LocalDate.of(2018, 6 + i, 10), false))));
        }
        return new Chart("Entries per agency over time", ALT_TEXT, new Chart.Timeline(lanes));
    }

    static ChronologyDocument full() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(2016, "c. 2016", "HV", "Health Visiting", "Health visitor record",
                "New birth visit to Zoë and her mother Siobhán Ní Bhriain.", "", "", "neutral", false, false));
        entries.add(new Entry(2017, "March 2017", "CSC", "Children's Social Care", "Referral form",
                "Referral from school: Łukasz Wiśniewski (step-father) seen shouting.", "Zoë said she was scared 😟",
                "", "negative", true, true));
        entries.add(new Entry(2017, "14/05/2017 09:30", "POL", "Police", "Incident log",
                AWKWARD, ARABIC, "Attended; advice given.", "neutral", false, false));
        entries.add(new Entry(2017, "02/06/2017", "CSC", "Children's Social Care", "Case note",
                "Home visit by Nguyễn Thị Mai.", URDU, "", "", false, true));
        entries.add(new Entry(2018, "03/01/2018", "CSC", "Children's Social Care", "Strategy meeting minutes",
                LONG_EVENT, "", "Section 47 enquiry started.", "positive", true, false));
        entries.add(new Entry(2018, "20/02/2018", "HV", "Health Visiting", "Health visitor record",
                "Development check: on track. 👍🏽", "", "Continue universal service.", "positive", false, false));
        entries.add(new Entry(2018, "21/02/2018", "POL", "Police", "Incident log",
                "Second call-out.", "", "Referral to CSC.", "negative", false, false));
        entries.add(new Entry(2018, "30/03/2018", "CSC", "Children's Social Care", "Review",
                "Child protection review.", "", "Plan continued.", "neutral", false, false));
        List<AgencyCount> agencies = List.of(
                new AgencyCount("CSC", "Children's Social Care", 4),
                new AgencyCount("POL", "Police", 2),
                new AgencyCount("HV", "Health Visiting", 2),
                new AgencyCount("PRB", "Probation Service", 0));
        return new ChronologyDocument(meta(Audience.CASE), "Zoë Nguyễn-O'Brien", LocalDate.of(2015, 11, 3),
                "Case C-0101, evaluation MACE-2018-01", LocalDate.of(2016, 1, 1), LocalDate.of(2018, 3, 30),
                agencies, 2, 2, entries, timeline(),
                List.of("Probation Service submitted no entries.", "Dates before 2017 are approximate."));
    }

    static ChronologyDocument empty() {
        return new ChronologyDocument(meta(Audience.CASE), "Amélie Okafor", LocalDate.of(2012, 2, 29),
                "Case C-0202, evaluation MACE-2018-01", null, null,
                List.of(new AgencyCount("PRB", "Probation Service", 0)), 0, 0, List.of(), null,
                List.of("No agency submitted entries."));
    }

    private static String longText(int length) {
        StringBuilder sb = new StringBuilder(length);
        int i = 0;
        while (sb.length() < length) {
            sb.append("Sentence ").append(i++).append(" of a very long entry, with ünïcödé. ");
        }
        sb.setLength(length);
        return sb.toString();
    }
}
