package qaf.store;

/** How many rows one table holds. */
public record TableCount(Table table, long rows) {
}
