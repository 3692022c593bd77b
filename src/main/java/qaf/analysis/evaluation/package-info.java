/**
 * Multi-agency case evaluations (framework section 5, appendices B-D) as figures: pure functions
 * over immutable records, no I/O. {@code qaf.store.EvaluationQueries} loads an
 * {@link qaf.analysis.evaluation.EvaluationData}; {@link qaf.analysis.evaluation.EvaluationFindings#of}
 * turns it into everything an evaluation's documents show, as of a date the caller gives.
 *
 * <p>Contracts a document author relies on:
 * <ul>
 * <li>An agency's final grade is the panel grade, or the self-grade where the panel left it blank.
 *     A changed grade without a rationale is flagged, never given one.
 * <li>Shares are fractions ({@link qaf.analysis.evaluation.Share}); an empty one (nothing graded)
 *     has no percentage: test {@code isEmpty()} and say so.
 * <li>{@link qaf.analysis.evaluation.EvaluationCase} carries the date of birth only so that the age
 *     band can be worked out: board documents show {@code ageBand(panelDay)} and the pseudonym,
 *     never the date of birth. Names are in {@link qaf.analysis.evaluation.ChildDetails}, which only
 *     case-audience documents load.
 * <li>Every deadline comes from {@code qaf.calendar} (Timetable, ClockRule, ClockResult); the
 *     timetable of an evaluation whose start is not a working day counts day 1 from the next working
 *     day and says so in a note, which documents print.
 * <li>An evaluation's actions are {@link qaf.analysis.audit.ActionRecord}s, the one action type of
 *     qaf, with its one status and its one overdue rule ({@code overdueAt}).
 * <li>{@link qaf.analysis.evaluation.Flag}s name evaluations, cases and agencies, never children:
 *     they can be printed as they are.
 * </ul>
 */
package qaf.analysis.evaluation;
