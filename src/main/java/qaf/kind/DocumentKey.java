package qaf.kind;

/**
 * Which document of a kind: a record of the refs it is made from, never a string to split. Its label
 * names the document in logs and failures before it is composed, so it is made of refs only.
 */
public interface DocumentKey {
    /** Refs joined by "_", e.g. {@code MACE-1819-F1_POL}: the same as the document's file name. */
    String label();
}
