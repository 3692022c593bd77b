package qaf.calendar;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The three bank-holiday divisions GOV.UK publishes; the id is GOV.UK's own key. */
public enum Nation {
    ENGLAND_AND_WALES("england-and-wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland");

    private final String id;

    Nation(String id) {
        this.id = id;
    }

    /** GOV.UK's division key, also the dataset's {@code bank_holidays} value. */
    public String id() {
        return id;
    }

    /** Matches an id ignoring case and surrounding space, as the dataset's enumerations do. */
    public static Nation fromId(String text) {
        String wanted = text == null ? "" : text.strip();
        for (Nation nation : values()) {
            if (nation.id.equalsIgnoreCase(wanted)) {
                return nation;
            }
        }
        throw new IllegalArgumentException("unknown bank-holiday nation; use one of " + ids());
    }

    static String ids() {
        return Arrays.stream(values()).map(Nation::id).collect(Collectors.joining(", "));
    }
}
