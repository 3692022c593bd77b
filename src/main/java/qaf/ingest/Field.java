package qaf.ingest;

import java.util.List;

/**
 * One column of a dataset file: how its cells are parsed and where the value is stored.
 *
 * @param name the header name (lower case)
 * @param required the column must be in the header and every cell filled
 * @param kind how the cell is parsed
 * @param allowed the words of an enumeration, in the contract's order
 * @param min smallest integer allowed
 * @param max largest integer allowed
 * @param dbColumn the table column receiving the value
 * @param blankValue stored when an optional cell is blank (null for NULL)
 */
record Field(String name, boolean required, Kind kind, List<String> allowed, long min, long max, String dbColumn,
        Object blankValue) {

    /**
     * Cell syntaxes. Only REF, CODE, SHORT_CODE and ENUM values may be quoted back in messages.
     * REF is a key that may end up in a file name (DATA-FORMAT.md, Version 2, "Refs and codes"): 1
     * to 64 of {@code A-Z a-z 0-9 - _ .}, not starting with a dot. CODE is a short identifier that
     * never names a file (a team, a source_ref that may name a theme). SHORT_CODE is a code that
     * also names a file (the partnership's database in a region store), so it is restricted to
     * letters, digits and hyphens and stored upper-case. ENUM_LIST is several enumeration words
     * separated by {@code ;} (a tick list), stored in the contract's order joined by {@code ;}.
     */
    enum Kind { REF, CODE, SHORT_CODE, TEXT, DATE, PARTIAL_DATE, TIME, BOOLEAN, INTEGER, ENUM, ENUM_LIST }

    Field {
        allowed = List.copyOf(allowed);
    }

    static Field required(String name, Kind kind) {
        return new Field(name, true, kind, List.of(), 0, 0, name, null);
    }

    static Field optional(String name, Kind kind) {
        return new Field(name, false, kind, List.of(), 0, 0, name, kind == Kind.BOOLEAN ? 0L : null);
    }

    static Field requiredEnum(String name, List<String> words) {
        return new Field(name, true, Kind.ENUM, words, 0, 0, name, null);
    }

    static Field optionalEnum(String name, List<String> words) {
        return new Field(name, false, Kind.ENUM, words, 0, 0, name, null);
    }

    static Field optionalEnumList(String name, List<String> words) {
        return new Field(name, false, Kind.ENUM_LIST, words, 0, 0, name, null);
    }

    static Field requiredInt(String name, long min, long max) {
        return new Field(name, true, Kind.INTEGER, List.of(), min, max, name, null);
    }

    static Field optionalInt(String name, long min, long max) {
        return new Field(name, false, Kind.INTEGER, List.of(), min, max, name, null);
    }

    Field storedAs(String column) {
        return new Field(name, required, kind, allowed, min, max, column, blankValue);
    }

    Field whenBlank(Object value) {
        return new Field(name, required, kind, allowed, min, max, dbColumn, value);
    }
}
