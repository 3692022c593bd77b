package qaf.chronology;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chronology's own words, once, for both its renderers: the chronology keeps bespoke PDF and
 * DOCX renderers (see the package comment), and before this class each wrote its summary in its own
 * words ("Period covered:" against "Period:", "Not recorded" against "not recorded"). The contract's
 * parity test compares the two formats' words.
 */
final class ChronologyWords {
    static final String SUMMARY = "Summary";
    static final String PER_AGENCY = "Entries per agency";
    static final String NOTES = "Notes";
    static final String TIMELINE = "Timeline";
    static final String CHRONOLOGY = "Chronology";
    static final String NO_ENTRIES = "There are no entries to show.";
    static final String NOT_RECORDED = "Not recorded";
    /** Leads the Event cell of a key event (whose row is also bold). */
    static final String KEY_EVENT_MARKER = "\u2605 Key event";
    /** Leads the Action cell when the child's voice is recorded and no action is (row also shaded). */
    static final String NO_ACTION_MARKER = "\u2691 No action recorded";
    static final String ORDER = "Entries are in date order. Key events are in bold and marked \u201c" + KEY_EVENT_MARKER
            + "\u201d. Where the child's voice is recorded and no action is, the row is shaded and marked \u201c"
            + NO_ACTION_MARKER + "\u201d.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    /** A line of the summary: a label (null for a sentence alone) and its value. */
    record Fact(String label, String value) {
        /** The line as plain text: "Label: value", or the sentence. */
        String line() {
            return label == null ? value : label + ": " + value;
        }
    }

    private ChronologyWords() {
    }

    static String dateOfBirth(ChronologyDocument c) {
        return c.dateOfBirth() == null ? NOT_RECORDED : DAY.format(c.dateOfBirth());
    }

    /** The summary's lines above the entries per agency, the child's voice without action apart. */
    static List<Fact> summary(ChronologyDocument c) {
        NumberFormat count = NumberFormat.getIntegerInstance(Locale.UK);
        int total = c.entries().size();
        List<Fact> facts = new ArrayList<>();
        if (total == 0) {
            facts.add(new Fact(null, "No agency submitted any entries."));
        } else {
            long contributing = c.agencies().stream().filter(a -> a.entries() > 0).count();
            facts.add(new Fact("Period", DAY.format(c.firstDate()) + " to " + DAY.format(c.lastDate())));
            facts.add(new Fact("Entries", count.format(total) + " from " + contributing + " of " + c.agencies().size()
                    + (c.agencies().size() == 1 ? " agency" : " agencies")));
        }
        facts.add(new Fact("Key events (\u2605)", count.format(c.keyEvents())));
        return facts;
    }

    /** The count of entries recording the child's voice with no action, shaded in both formats. */
    static Fact voiceWithoutAction(ChronologyDocument c) {
        return new Fact("\u2691 Child's voice with no recorded action",
                NumberFormat.getIntegerInstance(Locale.UK).format(c.voiceWithoutAction()));
    }

    /** The timeline's caption: the chronology's only figure. */
    static String figureCaption(String title) {
        return "Figure 1: " + title;
    }
}
