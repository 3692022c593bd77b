package qaf.analysis.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reviews linked by {@code follows_ref} as one incident: one notification, one child (reviews.csv
 * Version 2). A rapid review and the LCSPR that came out of it are one incident; each review keeps
 * its own completion clock, but the incident is notified once, so the notification is counted and
 * measured once, on the review the others follow (the incident's first).
 */
public final class Incidents {
    private final Map<String, Review> byRef = new HashMap<>();
    private final Map<String, String> rootOf = new HashMap<>();
    private final Map<String, List<Review>> members = new LinkedHashMap<>();

    private Incidents(List<Review> reviews) {
        reviews.forEach(r -> byRef.put(r.reviewRef(), r));
        for (Review r : reviews) {
            String root = r.reviewRef();
            Set<String> seen = new HashSet<>();
            // A ref not in the list (an earlier dataset's review) ends the chain; a loop is cut where it closes.
            while (seen.add(root) && byRef.containsKey(root) && byRef.get(root).followsRef() != null
                    && byRef.containsKey(byRef.get(root).followsRef())) {
                root = byRef.get(root).followsRef();
            }
            rootOf.put(r.reviewRef(), root);
            members.computeIfAbsent(root, k -> new ArrayList<>()).add(r);
        }
    }

    public static Incidents of(List<Review> reviews) {
        return new Incidents(reviews);
    }

    /** The ref of the review the incident started with (the review itself when it follows none). */
    public String root(Review r) {
        return rootOf.getOrDefault(r.reviewRef(), r.reviewRef());
    }

    /**
     * Whether this review is the one its incident's notification is counted and measured on: a
     * notifiable review that follows no notifiable review (an LCSPR after a rapid review does not).
     */
    public boolean carriesNotification(Review r) {
        if (!ReviewClocks.NOTIFIABLE.contains(r.type())) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        Review at = r;
        while (at.followsRef() != null && seen.add(at.reviewRef()) && byRef.containsKey(at.followsRef())) {
            at = byRef.get(at.followsRef());
            if (ReviewClocks.NOTIFIABLE.contains(at.type())) {
                return false;
            }
        }
        return true;
    }

    /** The incident's notification: the earliest notified_on among its reviews, null when none is recorded. */
    public LocalDate notifiedOn(Review r) {
        LocalDate first = null;
        for (Review m : members.getOrDefault(root(r), List.of(r))) {
            if (m.notifiedOn() != null && (first == null || m.notifiedOn().isBefore(first))) {
                first = m.notifiedOn();
            }
        }
        return first;
    }

    /** The reviews of each incident, keyed by the root ref, in the order given. */
    public Map<String, List<Review>> members() {
        return members;
    }
}
