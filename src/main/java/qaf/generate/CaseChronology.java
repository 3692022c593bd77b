package qaf.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import qaf.generate.Agencies.Agency;
import qaf.generate.ChronologyEntries.Entry;
import qaf.generate.ChronologyEntries.PartialDateText;
import qaf.generate.ChronologyTexts.Template;
import qaf.generate.Draft.CaseRecord;
import qaf.generate.Draft.EvaluationPlan;

/**
 * One evaluated case's multi-agency chronology: how many entries each involved agency has, the
 * dates they fall on, and the rows written to the chronology file in each agency's own numbering.
 */
final class CaseChronology {
    private final Draft draft;
    private final Dice dice;
    private final ChronologyEntries entryMaker;

    CaseChronology(Draft draft, Dice dice) {
        this.draft = draft;
        this.dice = dice;
        this.entryMaker = new ChronologyEntries(dice);
    }

    /** Writes every involved agency's chronology for the case; returns how many entries record the child's voice. */
    int write(EvaluationPlan plan, CaseRecord record, Names.Person child, LocalDate dob, LocalDate opened,
            List<Agency> involved, Agency lead) {
        int base = switch (record.caseType()) {
            case "cp", "cic" -> dice.between(70, 150);
            case "cin", "care-leaver", "adoption" -> dice.between(50, 100);
            default -> dice.between(35, 70);
        };
        int total = Math.max(30, Math.min(200, plan.full() ? base : base * 3 / 4));
        int[] counts = allocate(involved, lead, total);
        LocalDate recentTo = plan.startsOn().minusDays(3);
        LocalDate recentFrom = plan.startsOn().minusMonths(6);
        LocalDate historyFrom = dob.isAfter(plan.startsOn().minusYears(6)) ? dob : plan.startsOn().minusYears(6);
        int voices = 0;
        for (int i = 0; i < involved.size(); i++) {
            Agency agency = involved.get(i);
            List<Entry> entries = new ArrayList<>();
            LocalDate from = historyFrom;
            if (agency == lead) {
                entries.addAll(entryMaker.lifecycle(record, child, dob, opened, lead));
                from = opened.isAfter(historyFrom) ? opened : historyFrom;
                if (opened.isAfter(historyFrom.plusMonths(6))) {
                    entries.add(entryMaker.previousReferral(historyFrom, opened.minusMonths(3), lead));
                }
            }
            from = earliestFor(agency, dob, from, recentFrom);
            List<Template> pool = ChronologyTexts.templates(agency.role(), record.theme());
            List<Template> deck = new ArrayList<>();
            while (entries.size() < counts[i]) {
                Template t = null;
                LocalDate date = recentTo;
                // Draw a date, then an entry that fits the child's age on that date; older history
                // may not fit an agency's entries (no arrests at six), so fall back to recent dates.
                for (int attempt = 0; attempt < 6 && t == null; attempt++) {
                    boolean recent = attempt >= 3 || !from.isBefore(recentFrom) || dice.chance(0.7);
                    date = recent ? dice.dateBetween(from.isAfter(recentFrom) ? from : recentFrom, recentTo)
                            : dice.dateBetween(from, recentFrom.minusDays(1));
                    t = draw(deck, pool, ageAt(dob, date));
                }
                if (t == null) {
                    t = Template.parse("=|Information about {name} shared with the lead professional.|");
                }
                entries.add(entryMaker.entry(agency, record, child, t, date, recentFrom, ageAt(dob, date)));
            }
            entries.sort(Comparator.comparing((Entry e) -> e.date().start()));
            String local = agency.code().substring(draft.profile.prefix().length());
            int n = 0;
            for (Entry e : entries) {
                n++;
                if (!e.voice().isEmpty()) {
                    voices++;
                }
                draft.data.chronology.add(record.caseRef(), agency.code(), String.format("%s-%03d", local, n),
                        dateText(agency, e.date()), e.time(), e.approximate(), e.event(), e.source(), e.voice(),
                        e.action(), e.impact(), e.key());
            }
        }
        return voices;
    }

    private static int ageAt(LocalDate dob, LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.YEARS.between(dob, date);
    }

    /** Schools know a child from school age, the leaving care service from sixteen. */
    private static LocalDate earliestFor(Agency agency, LocalDate dob, LocalDate from, LocalDate recentFrom) {
        int minimum = agency.role() == Role.LEAVING_CARE ? 16 : agency.phase() == null ? 0 : switch (agency.phase()) {
            case PRIMARY -> 4;
            case SECONDARY, PRU -> 11;
            case COLLEGE -> 16;
            case SPECIAL -> 5;
        };
        LocalDate earliest = dob.plusYears(minimum);
        if (earliest.isAfter(recentFrom)) {
            return recentFrom;
        }
        return earliest.isAfter(from) ? earliest : from;
    }

    /** Takes the next template in the shuffled deck that fits the age, refilling the deck once. */
    private Template draw(List<Template> deck, List<Template> pool, int age) {
        for (int round = 0; round < 2; round++) {
            for (int k = deck.size() - 1; k >= 0; k--) {
                if (deck.get(k).fits(age)) {
                    return deck.remove(k);
                }
            }
            deck.addAll(dice.sample(pool, pool.size()));
        }
        return null;
    }

    /** Spreads the case's entries over its agencies: the lead agency most, every agency at least two. */
    private int[] allocate(List<Agency> involved, Agency lead, int total) {
        double[] weights = new double[involved.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            Role r = involved.get(i).role();
            weights[i] = involved.get(i) == lead ? 6 : switch (r) {
                case POLICE, SCHOOL, YOUTH_JUSTICE -> 3;
                case HOSPITAL, GP, COMMUNITY_HEALTH, CAMHS, SOCIAL_CARE, EARLY_HELP -> 2;
                default -> 1;
            } * (0.7 + dice.between(0, 6) / 10.0);
            sum += weights[i];
        }
        int[] counts = new int[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            counts[i] = Math.max(involved.get(i) == lead ? 8 : 2, (int) Math.round(total * weights[i] / sum));
            assigned += counts[i];
        }
        // Rounding and minimums can overshoot the 200-entry ceiling; trim the largest agency.
        while (assigned > 200) {
            int largest = 0;
            for (int i = 1; i < counts.length; i++) {
                largest = counts[i] > counts[largest] ? i : largest;
            }
            counts[largest]--;
            assigned--;
        }
        while (assigned < 30) {
            counts[0]++;
            assigned++;
        }
        return counts;
    }

    /** The entry's date as its agency exports it. */
    private static String dateText(Agency agency, PartialDateText d) {
        return EntryWording.dateText(agency, d.start(), d.precision());
    }
}
