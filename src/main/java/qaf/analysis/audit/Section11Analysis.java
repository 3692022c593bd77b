package qaf.analysis.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import qaf.analysis.audit.Section11Overview.AgencyChange;
import qaf.analysis.audit.Section11Overview.AgencyDrop;
import qaf.analysis.audit.Section11Overview.AgencyProfile;
import qaf.analysis.audit.Section11Overview.CycleComparison;
import qaf.analysis.audit.Section11Overview.ProfileCell;
import qaf.analysis.audit.Section11Overview.ReturnLine;
import qaf.analysis.audit.Section11Overview.Shift;
import qaf.analysis.audit.Section11Overview.StandardChange;
import qaf.analysis.audit.Section11Overview.StandardSummary;
import qaf.calendar.ClockResult;
import qaf.calendar.ClockRule;
import qaf.calendar.WorkingDays;

/**
 * Section 11 figures (framework section 6). Expected returns are the cycle's {@code s11_returns}
 * rows: a row records that the agency was asked, and a blank {@code submitted_on} that it has not
 * returned. A return is on time when submitted on or before its {@code due_on}
 * ({@link ClockRule#SECTION_11_RETURN}, calendar days).
 */
public final class Section11Analysis {
    private Section11Analysis() {
    }

    /** A cycle with no earlier cycle to compare with. */
    public static Section11Overview analyse(Section11Cycle current, LocalDate asOf, WorkingDays workingDays) {
        return analyse(current, Optional.empty(), asOf, workingDays);
    }

    /**
     * @param previous the latest earlier cycle, if any
     * @param asOf decides whether a return not yet submitted is overdue or not yet due
     * @param workingDays the partnership's calendar, as {@link ClockResult#evaluate} takes it
     */
    public static Section11Overview analyse(Section11Cycle current, Optional<Section11Cycle> previous, LocalDate asOf,
            WorkingDays workingDays) {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, Agency> agencies = RowChecks.byCode(current.agencies());
        List<Section11Return> returns = current.returns().stream()
                .sorted(Comparator.comparing(Section11Return::agencyCode)).toList();
        Map<String, Map<Integer, Section11Score>> scores = scoresByAgency(current);
        List<String> notes = new ArrayList<>();

        List<ReturnLine> lines = new ArrayList<>();
        int submitted = 0;
        int onTime = 0;
        for (Section11Return r : returns) {
            ClockResult clock = ClockResult.evaluate(ClockRule.SECTION_11_RETURN, r.dueOn(), r.submittedOn(), asOf,
                    workingDays);
            int scored = scores.getOrDefault(r.agencyCode(), Map.of()).size();
            lines.add(new ReturnLine(agencies.get(r.agencyCode()), clock, r.moderation(), scored));
            submitted += r.submittedOn() == null ? 0 : 1;
            onTime += clock.status() == ClockResult.Status.ON_TIME ? 1 : 0;
        }
        cycleNotes(current.cycle(), returns.size(), submitted, notes);

        List<AgencyProfile> profiles = new ArrayList<>();
        for (Section11Return r : returns) {
            AgencyProfile p = profile(agencies.get(r.agencyCode()), r.submittedOn() != null,
                    scores.getOrDefault(r.agencyCode(), Map.of()));
            profiles.add(p);
            agencyNotes(p, notes);
        }

        List<StandardSummary> standards = standards(current.scores());
        for (StandardSummary s : standards) {
            if (s.scoredByNobody()) {
                notes.add("Standard " + s.standard() + " (" + s.name() + ") was scored by nobody in cycle "
                        + current.cycle() + ".");
            }
        }
        if (!current.scores().isEmpty() && current.scores().stream().allMatch(s -> s.moderatedScore() == null)) {
            notes.add("No score was moderated in cycle " + current.cycle() + ".");
        }

        List<Agency> panel = returns.stream().filter(Section11Return::moderation)
                .map(r -> agencies.get(r.agencyCode())).toList();
        Optional<CycleComparison> comparison = previous.map(p -> compare(p, current, agencies));
        return new Section11Overview(current.cycle(), new Ratio(submitted, returns.size()),
                new Ratio(onTime, returns.size()), lines, standards, profiles, drops(profiles), panel, comparison,
                notes);
    }

    private static void cycleNotes(String cycle, int asked, int submitted, List<String> notes) {
        if (asked == 0) {
            notes.add("No agency was asked for a return in cycle " + cycle + ".");
        } else if (submitted == 0) {
            notes.add("No return has been submitted in cycle " + cycle + ".");
        } else if (submitted == 1) {
            notes.add("Only one return has been submitted in cycle " + cycle
                    + ": the distributions describe a single agency.");
        }
    }

    private static void agencyNotes(AgencyProfile p, List<String> notes) {
        String who = p.agency().name() + " (" + p.agency().code() + ")";
        long scored = p.cells().stream().filter(c -> c.self() != null).count();
        if (p.submitted() && scored == 0) {
            notes.add(who + " submitted a return with no scores.");
        } else if (!p.submitted() && scored > 0) {
            notes.add(who + " has scores but no submission date.");
        } else if (scored > 0 && scored < AuditLabels.STANDARDS) {
            List<Integer> missing = p.cells().stream().filter(c -> c.self() == null).map(ProfileCell::standard)
                    .toList();
            notes.add(who + " did not score standard" + (missing.size() == 1 ? " " : "s ") + RowChecks.join(missing)
                    + ".");
        }
    }

    private static AgencyProfile profile(Agency agency, boolean submitted, Map<Integer, Section11Score> scores) {
        List<ProfileCell> cells = new ArrayList<>();
        Mean self = Mean.EMPTY;
        Mean moderated = Mean.EMPTY;
        for (int standard = 1; standard <= AuditLabels.STANDARDS; standard++) {
            Section11Score s = scores.get(standard);
            if (s == null) {
                cells.add(new ProfileCell(standard, null, null));
                continue;
            }
            cells.add(new ProfileCell(standard, s.selfScore(), s.moderatedScore()));
            self = self.plus(s.selfScore());
            if (s.moderatedScore() != null) {
                moderated = moderated.plus(s.moderatedScore());
            }
        }
        return new AgencyProfile(agency, submitted, cells, self, moderated);
    }

    private static List<StandardSummary> standards(List<Section11Score> scores) {
        List<StandardSummary> out = new ArrayList<>();
        for (int standard = 1; standard <= AuditLabels.STANDARDS; standard++) {
            ScoreCounts self = ScoreCounts.EMPTY;
            ScoreCounts moderated = ScoreCounts.EMPTY;
            int lowered = 0;
            int raised = 0;
            int unchanged = 0;
            Mean shift = Mean.EMPTY;
            for (Section11Score s : scores) {
                if (s.standard() != standard) {
                    continue;
                }
                self = self.plus(s.selfScore());
                if (s.moderatedScore() == null) {
                    continue;
                }
                moderated = moderated.plus(s.moderatedScore());
                int change = s.moderatedScore() - s.selfScore();
                shift = shift.plus(change);
                if (change < 0) {
                    lowered++;
                } else if (change > 0) {
                    raised++;
                } else {
                    unchanged++;
                }
            }
            out.add(new StandardSummary(standard, AuditLabels.standardName(standard), self, moderated,
                    new Shift(lowered, raised, unchanged, shift)));
        }
        return out;
    }

    private static List<AgencyDrop> drops(List<AgencyProfile> profiles) {
        List<AgencyDrop> drops = new ArrayList<>();
        for (AgencyProfile p : profiles) {
            int total = 0;
            int lowered = 0;
            for (ProfileCell c : p.cells()) {
                if (c.moderated() != null && c.moderated() < c.self()) {
                    total += c.self() - c.moderated();
                    lowered++;
                }
            }
            if (total > 0) {
                drops.add(new AgencyDrop(p.agency(), total, lowered));
            }
        }
        drops.sort(Comparator.comparingInt(AgencyDrop::totalDrop).reversed()
                .thenComparing(d -> d.agency().code()));
        return drops;
    }

    private static CycleComparison compare(Section11Cycle then, Section11Cycle now, Map<String, Agency> agencies) {
        List<StandardChange> standards = new ArrayList<>();
        for (int standard = 1; standard <= AuditLabels.STANDARDS; standard++) {
            standards.add(new StandardChange(standard, AuditLabels.standardName(standard),
                    standardMean(then, standard), standardMean(now, standard)));
        }
        TreeSet<String> codes = new TreeSet<>();
        then.returns().forEach(r -> codes.add(r.agencyCode()));
        now.returns().forEach(r -> codes.add(r.agencyCode()));
        Map<String, Agency> all = new HashMap<>(RowChecks.byCode(then.agencies()));
        all.putAll(agencies);
        List<AgencyChange> changes = new ArrayList<>();
        for (String code : codes) {
            changes.add(new AgencyChange(all.get(code), agencyMean(then, code), agencyMean(now, code)));
        }
        return new CycleComparison(then.cycle(), standards, changes);
    }

    private static Mean standardMean(Section11Cycle cycle, int standard) {
        Mean m = Mean.EMPTY;
        for (Section11Score s : cycle.scores()) {
            if (s.standard() == standard) {
                m = m.plus(s.selfScore());
            }
        }
        return m;
    }

    private static Mean agencyMean(Section11Cycle cycle, String code) {
        Mean m = Mean.EMPTY;
        for (Section11Score s : cycle.scores()) {
            if (s.agencyCode().equals(code)) {
                m = m.plus(s.selfScore());
            }
        }
        return m;
    }

    private static Map<String, Map<Integer, Section11Score>> scoresByAgency(Section11Cycle cycle) {
        Map<String, Map<Integer, Section11Score>> map = new TreeMap<>();
        for (Section11Score s : cycle.scores()) {
            map.computeIfAbsent(s.agencyCode(), k -> new TreeMap<>()).put(s.standard(), s);
        }
        return map;
    }
}
