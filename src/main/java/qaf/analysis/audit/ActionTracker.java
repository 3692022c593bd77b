package qaf.analysis.audit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import qaf.analysis.audit.ActionRegister.AgencyCount;
import qaf.analysis.audit.ActionRegister.SourceCount;
import qaf.analysis.audit.ActionRegister.StatusCount;
import qaf.analysis.audit.ActionRegister.TrackedAction;

/**
 * One register of actions from every QA process (framework section 9), rated as of a given date.
 *
 * <p>The RAG rule, applied to the recorded status and the due date:
 * <ul>
 * <li>complete → GREEN (whenever it was completed; lateness at completion is kept separately);</li>
 * <li>cancelled → NOT_RATED: listed, counted apart, never red;</li>
 * <li>open or in progress and the as-of date after the due date → RED, with the calendar days
 *     overdue (an action due today is not yet overdue);</li>
 * <li>in progress and not past due → GREEN (progressing);</li>
 * <li>open and not past due → AMBER (agreed but not started).</li>
 * </ul>
 * The status is taken as recorded: the as-of date only decides whether the due date has passed.
 */
public final class ActionTracker {
    /** The owner shown for an action with no agency. */
    public static final String PARTNERSHIP_WIDE = "Partnership-wide";

    /** Overdue first, most overdue first; then source, owner (partnership-wide last), ref. */
    private static final Comparator<TrackedAction> TRACKER_ORDER = Comparator
            .comparingInt((TrackedAction t) -> t.rag() == ActionRag.RED ? 0 : 1)
            .thenComparing(Comparator.comparingInt(TrackedAction::daysOverdue).reversed())
            .thenComparing(t -> t.action().source())
            .thenComparing(t -> t.partnershipWide() ? 1 : 0)
            .thenComparing(t -> t.partnershipWide() ? "" : t.agency().code())
            .thenComparing(t -> t.action().actionRef());

    private ActionTracker() {
    }

    /** The RAG of one action as of {@code asOf}, by the rule above. */
    public static ActionRag rag(ActionRecord action, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return switch (action.status()) {
            case COMPLETE -> ActionRag.GREEN;
            case CANCELLED -> ActionRag.NOT_RATED;
            case OPEN -> action.overdueAt(asOf) ? ActionRag.RED : ActionRag.AMBER;
            case IN_PROGRESS -> action.overdueAt(asOf) ? ActionRag.RED : ActionRag.GREEN;
        };
    }

    /**
     * @param agencies every agency of the partnership (owners must be among them)
     * @param asOf the build date
     */
    public static ActionRegister register(List<ActionRecord> actions, List<Agency> agencies, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, Agency> byCode = RowChecks.byCode(agencies);
        List<TrackedAction> tracked = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (ActionRecord a : actions) {
            if (!refs.add(a.actionRef())) {
                throw new IllegalArgumentException("action " + a.actionRef() + " appears twice");
            }
            Agency owner = null;
            if (a.agencyCode() != null) {
                owner = byCode.get(a.agencyCode());
                if (owner == null) {
                    throw new IllegalArgumentException("action " + a.actionRef() + " names agency " + a.agencyCode()
                            + ", which is not in the agency list");
                }
            }
            ActionRag rag = rag(a, asOf);
            int overdue = rag == ActionRag.RED ? days(a.dueOn(), asOf) : 0;
            int late = a.status() == ActionStatus.COMPLETE && a.completedOn().isAfter(a.dueOn())
                    ? days(a.dueOn(), a.completedOn()) : 0;
            tracked.add(new TrackedAction(a, owner, rag, overdue, late));
        }
        tracked.sort(TRACKER_ORDER);

        RagCounts totals = RagCounts.EMPTY;
        Map<ActionSource, RagCounts> sources = new EnumMap<>(ActionSource.class);
        Map<ActionStatus, RagCounts> statuses = new EnumMap<>(ActionStatus.class);
        Map<String, RagCounts> owners = new TreeMap<>();
        RagCounts partnership = RagCounts.EMPTY;
        int complete = 0;
        int cancelled = 0;
        int withImpact = 0;
        for (TrackedAction t : tracked) {
            ActionRecord a = t.action();
            totals = totals.plus(t.rag());
            sources.merge(a.source(), RagCounts.EMPTY.plus(t.rag()), (x, y) -> x.plus(t.rag()));
            statuses.merge(a.status(), RagCounts.EMPTY.plus(t.rag()), (x, y) -> x.plus(t.rag()));
            if (t.partnershipWide()) {
                partnership = partnership.plus(t.rag());
            } else {
                owners.merge(t.agency().code(), RagCounts.EMPTY.plus(t.rag()), (x, y) -> x.plus(t.rag()));
            }
            complete += a.status() == ActionStatus.COMPLETE ? 1 : 0;
            cancelled += a.status() == ActionStatus.CANCELLED ? 1 : 0;
            withImpact += a.completeWithImpact() ? 1 : 0;
        }
        List<SourceCount> bySource = new ArrayList<>();
        for (ActionSource s : ActionSource.values()) {
            bySource.add(new SourceCount(s, sources.getOrDefault(s, RagCounts.EMPTY)));
        }
        List<StatusCount> byStatus = new ArrayList<>();
        for (ActionStatus s : ActionStatus.values()) {
            byStatus.add(new StatusCount(s, statuses.getOrDefault(s, RagCounts.EMPTY)));
        }
        List<AgencyCount> byAgency = new ArrayList<>();
        owners.forEach((code, counts) -> byAgency.add(new AgencyCount(byCode.get(code), byCode.get(code).name(),
                counts)));
        if (partnership.total() > 0) {
            byAgency.add(new AgencyCount(null, PARTNERSHIP_WIDE, partnership));
        }
        List<String> notes = tracked.isEmpty() ? List.of("No action is recorded.") : List.of();
        return new ActionRegister(asOf, tracked, totals, bySource, byAgency, byStatus,
                new Ratio(complete, tracked.size() - cancelled), new Ratio(withImpact, complete), notes);
    }

    private static int days(LocalDate from, LocalDate to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, to));
    }
}
