package qaf.frontpage;

import java.util.List;

/**
 * What the front page template shows, already in words: the template only lays it out. Public
 * because the precompiled templates are in their own package.
 *
 * @param marking the page's protective marking: it lists pseudonyms, so it is board audience
 * @param asAt the build's as-at day in words; the page holds no build time, so it is deterministic
 */
public record FrontPageModel(String partnershipName, String period, String asAt, String version, String marking,
        DueTable due, List<Year> years, List<Failure> failures, int documentCount) {
    public FrontPageModel {
        years = List.copyOf(years);
        failures = List.copyOf(failures);
    }

    /** "What is due": the counts by status, and every line, overdue first. */
    public record DueTable(List<Count> counts, List<DueRow> rows, String note) {
        public DueTable {
            counts = List.copyOf(counts);
            rows = List.copyOf(rows);
        }
    }

    /** @param cssClass the status's style hook, e.g. "status-overdue" */
    public record Count(String label, int count, String cssClass) {
    }

    /**
     * One clock.
     *
     * @param filter the lower-case text filter-as-you-type matches (refs, agency, clock), never a name
     * @param document the document it is reported in, or null when this build did not publish it
     */
    public record DueRow(String status, String cssClass, String due, String dueIso, String rule, String clock,
            String ref, String pseudonym, String agency, String days, String done, Link document, String filter) {
    }

    /** One reporting year's documents, by kind. */
    public record Year(String label, String id, List<KindGroup> kinds, int documents) {
        public Year {
            kinds = List.copyOf(kinds);
        }
    }

    public record KindGroup(String kind, String id, String label, List<Row> rows) {
        public KindGroup {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One document: its files in every format and its tables as CSV.
     *
     * @param name the document's file name without extension, its ref on the page
     * @param caseDocument owner-only, may name the child: marked as such
     */
    public record Row(String title, String name, String audience, boolean caseDocument, String pages, String size,
            List<Link> files, List<Link> data, String filter) {
        public Row {
            files = List.copyOf(files);
            data = List.copyOf(data);
        }
    }

    /**
     * @param href relative to the page, each segment percent-encoded
     * @param hidden words a screen reader hears after the visible text, so that every "PDF" link says whose
     */
    public record Link(String text, String hidden, String href) {
    }

    public record Failure(String kind, String name, String format) {
    }
}
