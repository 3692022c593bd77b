package qaf.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import qaf.generate.Agencies.Agency;
import qaf.generate.ChronologyTexts.Template;
import qaf.generate.Draft.ChildRecord;
import qaf.generate.ReviewStories.Plan;

/**
 * The single entries of a review child's chronology, before they are numbered: a story line dated
 * within the story and given its precision, time and source, or a routine contact at which the
 * child's voice was recorded instead.
 */
final class ReviewEntries {
    private final Dice dice;

    ReviewEntries(Dice dice) {
        this.dice = dice;
    }

    /** One dated entry before it is numbered. */
    record Entry(Agency agency, LocalDate date, String precision, String time, String approximate,
            String event, String source, String voice, String action, String impact, String key) {
    }

    /** Everything one child's chronology is written from. */
    record Setting(ChildRecord child, Plan plan, LocalDate anchor, LocalDate aware, LocalDate opened,
            Map<String, Agency> agencies, Map<String, String> words) {
    }

    /** The day a story line's WHEN counts from, by its letter: see {@link ReviewStories}. */
    static LocalDate base(char base, LocalDate anchor, LocalDate aware, LocalDate dob, LocalDate opened) {
        return switch (base) {
            case 'A' -> aware;
            case 'D' -> dob;
            case 'O' -> opened;
            default -> anchor;
        };
    }

    /**
     * The entry's date, kept inside the story: after birth when it names the child, before the
     * incident when it counts from a birth or case opening that came before it.
     */
    private LocalDate date(Setting s, StoryLine line) {
        LocalDate base = base(line.base(), s.anchor(), s.aware(), s.child().dateOfBirth(), s.opened());
        LocalDate lo = base.plusDays(line.from());
        LocalDate hi = base.plusDays(line.to());
        if ((line.base() == 'D' || line.base() == 'O') && base.isBefore(s.anchor())) {
            hi = min(hi, s.anchor().minusDays(1));
        }
        if (line.event().contains("{name}") || line.base() == 'O') {
            lo = max(lo, s.child().dateOfBirth());
        }
        Agency agency = s.agencies().get(line.agency());
        if (agency.phase() != null) {
            lo = max(lo, s.child().dateOfBirth().plusYears(schoolAge(agency.phase())));
        }
        hi = min(hi, Draft.YEAR_END);
        lo = min(lo, hi);
        return dice.dateBetween(lo, hi);
    }

    private static int schoolAge(Agencies.Phase phase) {
        return switch (phase) {
            case PRIMARY -> 4;
            case SECONDARY, PRU -> 11;
            case COLLEGE -> 16;
            case SPECIAL -> 5;
        };
    }

    Entry scripted(Setting s, StoryLine line) {
        return entry(s, line.agency(), line.template(), date(s, line), line.flags(), line.voice());
    }

    /** A routine entry; sometimes it is a contact at which the child's voice was recorded instead. */
    Entry routine(Setting s, StoryLine line) {
        LocalDate date = date(s, line);
        Entry voiced = maybeVoice(s, line.agency(), date);
        return voiced != null ? voiced : entry(s, line.agency(), line.template(), date, line.flags(), "");
    }

    private Entry maybeVoice(Setting s, String code, LocalDate date) {
        Agency agency = s.agencies().get(code);
        int age = ageAt(s.child().dateOfBirth(), date);
        boolean contact = switch (agency.role()) {
            case POLICE, SOCIAL_CARE, EARLY_HELP, HOSPITAL, COMMUNITY_HEALTH, CAMHS, GP, YOUTH_JUSTICE,
                    DOMESTIC_ABUSE, YOUTH_PROJECT, SCHOOL -> true;
            default -> false;
        };
        if (!contact || date.isBefore(s.child().dateOfBirth()) || !dice.chance(0.13)) {
            return null;
        }
        Names.Person child = s.child().person();
        String voice = age < 3 ? dice.pick(ReviewStories.INFANT_VOICES)
                : dice.pick(ChronologyTexts.voices(age, s.plan().theme()));
        String event = age < 3 ? "{name} seen with Mother by the " + switch (agency.role()) {
            case HOSPITAL -> "paediatric nurse";
            case COMMUNITY_HEALTH -> "health visitor";
            case GP -> "GP";
            case SOCIAL_CARE -> "social worker at home";
            default -> "family support worker at home";
        } + "." : ChronologyTexts.contact(agency.role());
        // Some voices are recorded and nothing is done with them: the chronology must show that.
        String action = dice.chance(0.45) ? "" : dice.pick("Shared with the lead professional.",
                "Discussed with the manager/DSL; added to the plan.", "Views recorded for the next meeting.",
                "Passed to the allocated worker the same day.");
        String e = fill(s, event);
        return new Entry(agency, date, "day", officeTime(), "", e, ChronologyTexts.source(agency.role(), e, false),
                fill(s, voice), action, "", "");
    }

    private Entry entry(Setting s, String code, Template t, LocalDate date, String flags, String voice) {
        Agency agency = s.agencies().get(code);
        String precision = "day";
        String approximate = "";
        boolean pinned = t.key() || t.timed();
        if (flags.contains("y")) {
            precision = "year";
            approximate = "yes";
        } else if (flags.contains("m")) {
            precision = "month";
            approximate = dice.chance(0.7) ? "yes" : "";
        } else if (!pinned && date.isBefore(s.anchor().minusYears(1))) {
            // Older history is often known only to the month or year, as agencies' records hold it.
            int r = dice.between(1, 100);
            precision = r <= 40 ? "day" : r <= 80 || date.isAfter(s.anchor().minusYears(2)) ? "month" : "year";
            approximate = !precision.equals("day") && dice.chance(0.5) ? "yes" : "";
        } else if (!pinned && dice.chance(0.03)) {
            approximate = "yes";
        } else if (dice.chance(0.04)) {
            approximate = "no";
        }
        String time = "";
        if (precision.equals("day")) {
            time = t.timed() ? String.format("%02d:%02d", dice.between(0, 23), dice.between(0, 59))
                    : dice.chance(0.12) ? officeTime() : "";
        }
        String event = fill(s, t.event());
        String key = t.key() ? "yes" : dice.chance(0.08) ? "no" : "";
        return new Entry(agency, date, precision, time, approximate, event,
                ChronologyTexts.source(agency.role(), event, t.timed()), fill(s, voice), fill(s, t.action()),
                t.impact(), key);
    }

    private String officeTime() {
        return String.format("%02d:%02d", dice.between(8, 17), dice.pick(0, 10, 15, 30, 45));
    }

    private static String fill(Setting s, String text) {
        String out = text;
        for (Map.Entry<String, String> w : s.words().entrySet()) {
            out = out.replace(w.getKey(), w.getValue());
        }
        return EntryWording.fill(out, s.child().person());
    }

    /** The child's age in whole years on the date; -1 for a date before birth. */
    static int ageAt(LocalDate dob, LocalDate date) {
        return date.isBefore(dob) ? -1 : (int) ChronoUnit.YEARS.between(dob, date);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
