package qaf.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import qaf.generate.Agencies.Agency;

/**
 * How a generated chronology entry reads in an agency's export: its date at the precision the
 * agency knows it, in the agency's date style, and its text with the child's name and pronouns.
 * Shared by the case evaluations' chronologies and the reviews' chronologies, so both read alike.
 */
final class EntryWording {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private EntryWording() {
    }

    /**
     * A chronology date at {@code precision} ("day", "month" or "year") as the agency would export it:
     * most agencies export ISO dates; schools and housing send UK dates, as the contract allows.
     */
    static String dateText(Agency agency, LocalDate date, String precision) {
        return switch (precision) {
            case "year" -> Integer.toString(date.getYear());
            case "month" -> date.toString().substring(0, 7);
            default -> agency.role() == Role.SCHOOL || agency.role() == Role.HOUSING ? UK.format(date)
                    : date.toString();
        };
    }

    /** The text with {name}, {he}, {He}, {him}, {his} and {His} filled in for the child. */
    static String fill(String text, Names.Person child) {
        boolean girl = child.gender().equals("Female");
        return text.replace("{name}", child.given())
                .replace("{he}", girl ? "she" : "he")
                .replace("{He}", girl ? "She" : "He")
                .replace("{him}", girl ? "her" : "him")
                .replace("{his}", girl ? "her" : "his")
                .replace("{His}", girl ? "Her" : "His");
    }
}
