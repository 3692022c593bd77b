package qaf.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import qaf.privacy.PseudonymRule;
import qaf.store.StoreTransaction;
import qaf.store.Table;

/**
 * Gives every child a pseudonym ("Child A", "Child B", … "Child Z", "Child AA" …) so documents for
 * a wider audience never need a name. A blank pseudonym keeps the one already stored for that
 * child, or takes the next letters no child in the dataset or the database has ever held, in
 * file order. A given pseudonym must be unique, and must not contain the child's given or family
 * name as the privacy screen compares names ({@link PseudonymRule}): board documents print it.
 * Messages never quote a pseudonym, a name or a child_ref (children.csv is personal data).
 */
final class Pseudonyms {
    static final String PREFIX = "Child ";

    interface ProblemSink {
        void problem(ParsedFile file, int line, String column, String message);
    }

    private final ParsedFile children;
    private final StoreTransaction tx;
    private final ProblemSink sink;

    Pseudonyms(ParsedFile children, StoreTransaction tx, ProblemSink sink) {
        this.children = children;
        this.tx = tx;
        this.sink = sink;
    }

    void assign() {
        if (children == null) {
            return;
        }
        int refColumn = Table.CHILDREN.indexOf("child_ref");
        int pseudonymColumn = Table.CHILDREN.indexOf("pseudonym");
        int givenNameColumn = Table.CHILDREN.indexOf("given_name");
        int familyNameColumn = Table.CHILDREN.indexOf("family_name");
        Map<String, String> stored = tx.childPseudonyms();
        Map<String, String> holderInDatabase = new HashMap<>();
        stored.forEach((child, pseudonym) -> holderInDatabase.put(pseudonym, child));
        Set<String> used = new HashSet<>(stored.values());
        Map<String, String> holderInDataset = new HashMap<>();
        Map<String, Integer> lineInDataset = new HashMap<>();
        for (ParsedFile.Row row : children.rows()) {
            String child = (String) row.values()[refColumn];
            String given = (String) row.values()[pseudonymColumn];
            if (given == null || child == null) {
                continue;
            }
            String other = holderInDataset.putIfAbsent(given, child);
            lineInDataset.putIfAbsent(given, row.line());
            String otherStored = holderInDatabase.get(given);
            if (other != null && !other.equals(child)) {
                sink.problem(children, row.line(), "pseudonym", "the same pseudonym is given to the child on line "
                        + lineInDataset.get(given) + " — pseudonyms must be unique; change one or leave it blank");
            } else if (otherStored != null && !otherStored.equals(child)) {
                sink.problem(children, row.line(), "pseudonym", "the database already gives this pseudonym to"
                        + " another child — choose another or leave it blank");
            }
            if (PseudonymRule.revealsName(given, (String) row.values()[givenNameColumn],
                    (String) row.values()[familyNameColumn])) {
                sink.problem(children, row.line(), "pseudonym", "contains the child's given or family name (compared"
                        + " ignoring letter case, accents and punctuation), and board documents print the pseudonym —"
                        + " choose one that does not identify the child, or leave it blank to have one assigned");
            }
            used.add(given);
        }
        int next = 1;
        for (ParsedFile.Row row : children.rows()) {
            String child = (String) row.values()[refColumn];
            if (row.values()[pseudonymColumn] != null || child == null) {
                continue;
            }
            String kept = stored.get(child);
            if (kept != null) {
                row.values()[pseudonymColumn] = kept;
                continue;
            }
            String candidate;
            do {
                candidate = PREFIX + letters(next++);
            } while (used.contains(candidate));
            used.add(candidate);
            row.values()[pseudonymColumn] = candidate;
        }
    }

    /** 1 → A, 26 → Z, 27 → AA, 28 → AB … (bijective base 26, like spreadsheet columns). */
    static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int k = n; k > 0; k = (k - 1) / 26) {
            b.append((char) ('A' + (k - 1) % 26));
        }
        return b.reverse().toString();
    }
}
