package qaf.ingest;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import qaf.calendar.PartialDate;
import qaf.calendar.StrictDates;

/**
 * Turns one non-blank cell into its stored value. A bad cell throws {@link BadCell} whose message
 * never quotes the cell unless the column holds codes or enumeration words: the cell could be a
 * name or a date of birth.
 */
final class Cells {
    static final int MAX_CHARS = 32_000;
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern SHORT_CODE = Pattern.compile("[A-Za-z0-9-]{1,16}");
    private static final int MAX_QUOTED = 40;
    static final int MAX_REF = 64;

    private Cells() {
    }

    /** The cell with surrounding space removed and in Unicode NFC, the form every text is stored in. */
    static String clean(String raw) {
        String s = raw.strip();
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The value for the field's column; for PARTIAL_DATE a {@link PartialDate}. */
    static Object parse(Field field, String cell) {
        return switch (field.kind()) {
            case CODE, TEXT -> cell;
            case REF -> ref(cell);
            case SHORT_CODE -> shortCode(cell);
            case DATE -> date(cell);
            case PARTIAL_DATE -> partialDate(cell);
            case TIME -> time(cell);
            case BOOLEAN -> bool(cell);
            case INTEGER -> integer(field, cell);
            case ENUM -> word(field, cell);
            case ENUM_LIST -> words(field, cell);
        };
    }

    /**
     * A ref names files (a case's chronology, an evaluation's report), so only characters that are
     * safe in a file name on every system are allowed. The cell is not quoted: a ref that breaks the
     * rule may be a name typed into the wrong column. The first offending character is given by its
     * position, not shown.
     */
    private static String ref(String cell) {
        int length = cell.codePointCount(0, cell.length());
        String rule = " — a ref is 1 to " + MAX_REF + " characters from A-Z a-z 0-9 - _ . and does not start with a"
                + " dot";
        if (length > MAX_REF) {
            throw new BadCell("the ref is " + length + " characters long" + rule);
        }
        if (cell.charAt(0) == '.') {
            throw new BadCell("the ref starts with a dot" + rule);
        }
        int position = 1;
        for (int i = 0; i < cell.length(); i = cell.offsetByCodePoints(i, 1), position++) {
            int c = cell.codePointAt(i);
            boolean allowed = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
            if (!allowed) {
                String what = Character.isWhitespace(c) ? "a space" : c == '/' || c == '\\' ? "a slash"
                        : "a character";
                throw new BadCell("the ref holds " + what + " not allowed in a ref (character " + position + ")"
                        + rule);
            }
        }
        return cell;
    }

    /**
     * Upper-cased so that {@code kv} and {@code KV} are one partnership and name one file on every
     * file system, whether or not it tells case apart.
     */
    private static String shortCode(String cell) {
        if (!SHORT_CODE.matcher(cell).matches()) {
            throw new BadCell(quote(cell) + " is not a short code — write 1 to 16 letters, digits or hyphens,"
                    + " e.g. KV");
        }
        return cell.toUpperCase(Locale.ROOT);
    }

    private static String date(String cell) {
        try {
            return StrictDates.parse(cell).toString();
        } catch (DateTimeException e) {
            throw new BadCell(e.getMessage() + " — write the date as yyyy-mm-dd or dd/mm/yyyy");
        }
    }

    private static PartialDate partialDate(String cell) {
        try {
            return StrictDates.parsePartial(cell);
        } catch (DateTimeException e) {
            throw new BadCell(fullDateReason(cell).orElse(e.getMessage())
                    + " — write the date as yyyy-mm-dd, dd/mm/yyyy, yyyy-mm or yyyy");
        }
    }

    /** For a cell shaped like a full date, the specific reason it is not one ("day out of range …"). */
    private static Optional<String> fullDateReason(String cell) {
        if (cell.length() != 10) {
            return Optional.empty();
        }
        try {
            StrictDates.parse(cell);
            return Optional.empty();
        } catch (DateTimeException e) {
            return e.getMessage().startsWith("not a date") ? Optional.empty() : Optional.of(e.getMessage());
        }
    }

    private static String time(String cell) {
        if (!TIME.matcher(cell).matches()) {
            throw new BadCell("not a time in hh:mm form (24-hour clock) — write it as e.g. 09:30 or 17:05");
        }
        return cell;
    }

    private static Long bool(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> 1L;
            case "no", "n", "false" -> 0L;
            default -> throw new BadCell("not a yes/no value — write yes or no (y/n and true/false are also read)");
        };
    }

    private static Long integer(Field field, String cell) {
        String range = field.max() == Integer.MAX_VALUE
                ? "a whole number of at least " + field.min()
                : "a whole number from " + field.min() + " to " + field.max();
        if (!INTEGER.matcher(cell).matches()) {
            throw new BadCell("not " + range + " — write " + range);
        }
        long n = Long.parseLong(cell);
        if (n < field.min() || n > field.max()) {
            throw new BadCell("out of range — write " + range);
        }
        return n;
    }

    private static String word(Field field, String cell) {
        String lower = cell.toLowerCase(Locale.ROOT);
        if (field.allowed().contains(lower)) {
            return lower;
        }
        throw new BadCell("unknown value " + quote(cell) + " — use one of: " + String.join(", ", field.allowed()));
    }

    /**
     * Words of a tick list, in the contract's order whatever order they were typed in, so that equal
     * ticks store equal text (and a re-ingest changes nothing).
     */
    private static String words(Field field, String cell) {
        Set<String> ticked = new HashSet<>();
        for (String part : cell.split(";", -1)) {
            String w = part.strip();
            if (!w.isEmpty()) {
                ticked.add(word(field, w));
            }
        }
        if (ticked.isEmpty()) {
            throw new BadCell("no word between the semicolons — use one or more of: "
                    + String.join(", ", field.allowed()) + ", separated by ;");
        }
        return String.join(";", field.allowed().stream().filter(ticked::contains).toList());
    }

    /**
     * A code or enumeration word for a message; a long or multi-line value is not a code someone
     * mistyped, more likely text in the wrong column, so it is withheld.
     */
    static String quote(String code) {
        if (code.length() > MAX_QUOTED || code.codePoints().anyMatch(Character::isISOControl)) {
            return "(value not shown)";
        }
        return "'" + code + "'";
    }

    /** A cell that breaks its column's syntax; the message says how to fix it. */
    static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadCell(String message) {
            super(message, null, false, false);
        }
    }
}
