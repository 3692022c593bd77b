package qaf.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import qaf.chronology.ChronologyDocument;
import qaf.chronology.ChronologyDocument.AgencyCount;
import qaf.chronology.ChronologyDocument.Entry;
import qaf.document.Audience;
import qaf.document.DocumentMeta;
import qaf.document.Figure;

/**
 * Invented chronologies of any size for the benchmark, tests and samples. All names are fictional;
 * the same size and seed give the same document.
 */
public final class SyntheticChronologyPdf {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);
    private static final String[][] AGENCIES = {
        {"CSC", "Children's Social Care"}, {"POL", "Police"}, {"HLT", "Community Health"},
        {"EDU", "Education"}, {"HSG", "Housing"}, {"PRB", "Probation Service"}};
    private static final String[] SOURCES = {"Case note", "Strategy meeting", "Home visit", "School report",
        "Referral", "Health visit"};
    private static final String[] EVENTS = {
        "Home visit by the allocated worker; the home was tidy and the child was seen alone in their bedroom.",
        "Referral received from school about repeated absence and a change in the child's presentation.",
        "Strategy discussion held with police and health; agreed to progress to a section 47 enquiry.",
        "Child attended the emergency department with a minor injury; explanation consistent with the injury.",
        "Housing officer reported rent arrears and a notice of seeking possession on the family's tenancy.",
        "Core group meeting; plan reviewed, two actions outstanding from the previous meeting."};
    private static final String[] VOICES = {"\"I like it when Nan picks me up.\"", "Said they feel safe at school.",
        "Did not want to talk about home.", "\"Mum shouts when she is tired.\"", ""};

    private SyntheticChronologyPdf() {
    }

    /** A chronology of {@code entries} ordinary entries over about three years. */
    public static ChronologyDocument of(int entries, long seed) {
        Random random = new Random(seed);
        LocalDate start = LocalDate.of(2016, 1, 4);
        List<Entry> list = new ArrayList<>(entries);
        for (int i = 0; i < entries; i++) {
            LocalDate date = start.plusDays((long) i * 1100 / Math.max(entries, 1));
            String[] agency = AGENCIES[random.nextInt(AGENCIES.length - 1)];
            String voice = VOICES[random.nextInt(VOICES.length)];
            boolean noAction = !voice.isEmpty() && random.nextInt(6) == 0;
            list.add(new Entry(date.getYear(), DAY_TIME.format(date.atTime(9 + random.nextInt(8), 15 * random.nextInt(4))),
                    agency[0], agency[1], SOURCES[random.nextInt(SOURCES.length)],
                    EVENTS[random.nextInt(EVENTS.length)] + " (entry " + (i + 1) + ")", voice,
                    noAction ? "" : "Worker to follow up with the family within five working days.",
                    new String[] {"positive", "negative", "neutral", ""}[random.nextInt(4)],
                    random.nextInt(25) == 0, noAction));
        }
        DocumentMeta meta = new DocumentMeta("chronology", "Northbridge Safeguarding Children Partnership",
                "Multi-agency chronology: case C-0101", "Evaluation MACE-2018-01", Audience.CASE,
                List.of("MACE-2018-01", "C-0101"));
        return document(meta, "Zoë Łukasz-Nguyễn", LocalDate.of(2009, 3, 14),
                "Merged for multi-agency case evaluation MACE-2018-01, case C-0101", list,
                List.of("Probation Service submitted no entries."));
    }

    /** Assembles a document and its derived figures from entries in date order. */
    public static ChronologyDocument document(DocumentMeta meta, String child, LocalDate dob, String context,
            List<Entry> entries, List<String> notes) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String[] agency : AGENCIES) {
            names.put(agency[0], agency[1]);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        names.keySet().forEach(code -> counts.put(code, 0));
        int keyEvents = 0;
        int noAction = 0;
        for (Entry e : entries) {
            names.putIfAbsent(e.agencyCode(), e.agencyName());
            counts.merge(e.agencyCode(), 1, Integer::sum);
            keyEvents += e.keyEvent() ? 1 : 0;
            noAction += e.voiceWithoutAction() ? 1 : 0;
        }
        List<AgencyCount> agencies = counts.entrySet().stream()
                .map(c -> new AgencyCount(c.getKey(), names.get(c.getKey()), c.getValue())).toList();
        LocalDate first = entries.isEmpty() ? null : LocalDate.of(entries.get(0).year(), 1, 1);
        LocalDate last = entries.isEmpty() ? null : LocalDate.of(entries.get(entries.size() - 1).year(), 12, 31);
        return new ChronologyDocument(meta, child, dob, context, first, last, agencies, noAction, keyEvents,
                entries, timeline(agencies, entries), notes);
    }

    /** Agency swim-lanes over the years: one dot per entry, key events larger and dark. */
    static Figure timeline(List<AgencyCount> agencies, List<Entry> entries) {
        int firstYear = entries.isEmpty() ? 2016 : entries.get(0).year();
        int lastYear = entries.isEmpty() ? 2016 : entries.get(entries.size() - 1).year();
        StringBuilder alt = new StringBuilder("Timeline of entries by agency, " + firstYear + " to " + lastYear + ". ");
        for (AgencyCount a : agencies) {
            alt.append(a.name()).append(": ").append(a.entries()).append(a.entries() == 1 ? " entry. " : " entries. ");
        }
        List<String> codes = agencies.stream().map(AgencyCount::code).toList();
        Figure.Painter painter = (g, area) -> paintTimeline(g, area, agencies, codes, entries, firstYear, lastYear);
        return new Figure("Timeline of entries by agency", alt.toString().trim(), 760, 220, painter);
    }

    private static void paintTimeline(Graphics2D g, Rectangle2D area, List<AgencyCount> agencies, List<String> codes,
            List<Entry> entries, int firstYear, int lastYear) {
        double labelWidth = 130;
        double x0 = area.getX() + labelWidth;
        double width = area.getWidth() - labelWidth - 10;
        double laneHeight = (area.getHeight() - 24) / Math.max(agencies.size(), 1);
        int years = lastYear - firstYear + 1;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        for (int i = 0; i < agencies.size(); i++) {
            double y = area.getY() + i * laneHeight;
            g.setColor(i % 2 == 0 ? new Color(0xF2F2F2) : Color.WHITE);
            g.fill(new Rectangle2D.Double(x0, y, width, laneHeight));
            g.setColor(new Color(0x262626));
            g.drawString(agencies.get(i).name(), (float) area.getX(), (float) (y + laneHeight / 2 + 3));
        }
        g.setStroke(new BasicStroke(0.5f));
        for (int y = 0; y <= years; y++) {
            double x = x0 + width * y / years;
            g.setColor(new Color(0x808080));
            g.draw(new Line2D.Double(x, area.getY(), x, area.getY() + laneHeight * agencies.size()));
            if (y < years) {
                g.drawString(Integer.toString(firstYear + y), (float) (x + 4), (float) (area.getMaxY() - 8));
            }
        }
        LocalDate origin = LocalDate.of(firstYear, 1, 1);
        double days = ChronoUnit.DAYS.between(origin, LocalDate.of(lastYear + 1, 1, 1));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            int lane = codes.indexOf(e.agencyCode());
            double fraction = ((e.year() - firstYear) * 365.25 + (i % 365)) / days;
            double x = x0 + width * Math.min(Math.max(fraction, 0), 1);
            double y = area.getY() + lane * laneHeight + laneHeight / 2;
            double r = e.keyEvent() ? 3.5 : 2;
            g.setColor(e.keyEvent() ? new Color(0x1F3864) : new Color(0x5B9BD5));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
    }
}
