package qaf.calendar;

import qaf.codes.Coded;

/** The three bank-holiday divisions GOV.UK publishes; the id is GOV.UK's own key. */
public enum Nation implements Coded {
    ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
    SCOTLAND("scotland", "Scotland"),
    NORTHERN_IRELAND("northern-ireland", "Northern Ireland");

    private final String id;
    private final String label;

    Nation(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** GOV.UK's division key, also the dataset's {@code bank_holidays} value. */
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The constant of a dataset word, ignoring case and surrounding space. */
    public static Nation fromId(String text) {
        return Coded.parse(Nation.class, text, "bank-holiday nation");
    }
}
