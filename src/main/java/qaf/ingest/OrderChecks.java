package qaf.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qaf.store.StoreTransaction;
import qaf.store.Table;

/**
 * Checks of order that one cell cannot show: dates of one row that the format puts in an order
 * (a case closed before it opened, a panel before its evaluation starts), and agencies whose
 * parents lead back to themselves. Each was accepted without a word and gave nonsense figures
 * (negative durations) or an endless roll-up later. Dates are compared as stored (ISO text).
 */
final class OrderChecks {
    /** {@code earlier} must not be after {@code later} in one row; both optional unless the file says so. */
    record DateOrder(Table table, String earlier, String later) {
    }

    static final List<DateOrder> DATE_ORDERS = List.of(
            new DateOrder(Table.CASES, "opened_on", "closed_on"),
            new DateOrder(Table.EVALUATIONS, "starts_on", "panel_on"),
            new DateOrder(Table.ACTIONS, "agreed_on", "due_on"),
            new DateOrder(Table.ACTIONS, "agreed_on", "completed_on"),
            new DateOrder(Table.REVIEWS, "incident_on", "aware_on"),
            new DateOrder(Table.REVIEWS, "aware_on", "notified_on"),
            new DateOrder(Table.REVIEWS, "aware_on", "decision_on"),
            new DateOrder(Table.REVIEWS, "aware_on", "letter_on"),
            new DateOrder(Table.REVIEWS, "started_on", "completed_on"),
            new DateOrder(Table.REVIEWS, "completed_on", "published_on"),
            new DateOrder(Table.S11_RETURNS, "opened_on", "due_on"),
            new DateOrder(Table.PROGRAMME, "starts_on", "due_on"));

    interface ProblemSink {
        void problem(ParsedFile file, int line, String column, String message);
    }

    private final Map<Table, ParsedFile> files;
    private final StoreTransaction tx;
    private final ProblemSink sink;

    OrderChecks(Map<Table, ParsedFile> files, StoreTransaction tx, ProblemSink sink) {
        this.files = files;
        this.tx = tx;
        this.sink = sink;
    }

    void run() {
        for (DateOrder order : DATE_ORDERS) {
            dateOrder(order);
        }
        agencyParents();
        reviewsFollowOthers();
    }

    /** A review follows another (a rapid review's LCSPR); following itself is a slip in the ref. */
    private void reviewsFollowOthers() {
        ParsedFile reviews = files.get(Table.REVIEWS);
        if (reviews == null) {
            return;
        }
        int ref = Table.REVIEWS.indexOf("review_ref");
        int follows = Table.REVIEWS.indexOf("follows_ref");
        for (ParsedFile.Row row : reviews.rows()) {
            if (row.values()[ref] != null && row.values()[ref].equals(row.values()[follows])) {
                sink.problem(reviews, row.line(), "follows_ref", "the review follows itself — give the ref of the"
                        + " review it came out of, or leave follows_ref blank");
            }
        }
    }

    private void dateOrder(DateOrder order) {
        ParsedFile file = files.get(order.table());
        if (file == null) {
            return;
        }
        int earlier = order.table().indexOf(order.earlier());
        int later = order.table().indexOf(order.later());
        for (ParsedFile.Row row : file.rows()) {
            Object a = row.values()[earlier];
            Object b = row.values()[later];
            if (a instanceof String from && b instanceof String to && to.compareTo(from) < 0) {
                sink.problem(file, row.line(), order.later(), "before " + order.earlier() + " on the same row — "
                        + order.later() + " cannot come before " + order.earlier() + "; correct whichever date is"
                        + " wrong");
            }
        }
    }

    /**
     * Every agency's parent as it will be stored (the dataset's rows over the database's); a chain
     * of parents that comes back to an agency of the dataset is refused at that agency's row.
     */
    private void agencyParents() {
        ParsedFile agencies = files.get(Table.AGENCIES);
        if (agencies == null) {
            return;
        }
        int code = Table.AGENCIES.indexOf("code");
        int parent = Table.AGENCIES.indexOf("parent_code");
        Map<String, String> parents = new HashMap<>();
        for (ParsedFile.Row row : agencies.rows()) {
            if (row.values()[code] instanceof String c) {
                parents.put(c, (String) row.values()[parent]);
            }
        }
        for (ParsedFile.Row row : agencies.rows()) {
            if (!(row.values()[code] instanceof String start) || row.values()[parent] == null) {
                continue;
            }
            if (start.equals(row.values()[parent])) {
                sink.problem(agencies, row.line(), "parent_code", "the agency is its own parent — give the agency"
                        + " that collates its returns, or leave parent_code blank");
                continue;
            }
            List<String> chain = chain(start, parents);
            if (chain != null) {
                sink.problem(agencies, row.line(), "parent_code", "the parents form a cycle ("
                        + String.join(" → ", chain) + ") — an agency cannot be collated under itself; correct one"
                        + " parent_code on the cycle");
            }
        }
    }

    /** The chain of codes from {@code start} back to itself, or null when it ends. */
    private List<String> chain(String start, Map<String, String> parents) {
        Set<String> seen = new LinkedHashSet<>();
        String current = start;
        while (current != null && seen.add(current)) {
            current = parentOf(current, parents);
        }
        if (!start.equals(current)) {
            return null; // the chain ends, or loops without passing through start (reported at its own rows)
        }
        List<String> chain = new ArrayList<>(seen);
        chain.add(start);
        return chain.stream().map(Cells::quote).toList();
    }

    private String parentOf(String code, Map<String, String> parents) {
        if (parents.containsKey(code)) {
            return parents.get(code);
        }
        return tx.find(Table.AGENCIES, List.of(code))
                .map(r -> (String) r.get(Table.AGENCIES.indexOf("parent_code")))
                .orElse(null);
    }
}
