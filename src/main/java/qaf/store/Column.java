package qaf.store;

/** One column of a dataset table: its SQL name and storage type. */
public record Column(String name, Type type) {

    /** Storage types: text (codes, free text, ISO dates and times) or integer (numbers, booleans as 0/1). */
    public enum Type { TEXT, INTEGER }

    static Column text(String name) {
        return new Column(name, Type.TEXT);
    }

    static Column integer(String name) {
        return new Column(name, Type.INTEGER);
    }
}
