/**
 * The Training subgroup's figures for one reporting year, pure and format-free: learning events by
 * kind and theme, attendance by agency and the agencies absent, feedback ratings, confidence before
 * and after, and whether an event addressed each learning need from the year's reviews and
 * evaluations.
 *
 * <p>Contract (what every figure means):
 * <ul>
 * <li>An agency is <em>reached</em> when at least one of its staff attended (attendees &gt; 0) an
 * event held in the year; an attendance row of 0 is recorded but reaches nobody.</li>
 * <li>Ratings and confidence come from feedback respondents only. The confidence change uses the
 * <em>pairs</em>: respondents who gave both a before and an after score; a respondent's confidence
 * <em>rose</em> when after &gt; before.</li>
 * <li>A learning need is an evaluation whose panel day falls in the year (the need is its theme) or
 * a review completed in the year with learning recorded. An event held in the year <em>addresses</em>
 * a need when its source ref is the need's ref, or, for an evaluation, when its theme equals the
 * evaluation's theme (ignoring case and surrounding space).</li>
 * <li>Means are kept as sum and count ({@link qaf.analysis.audit.Mean}); shares as counts
 * ({@link qaf.analysis.audit.Ratio}).</li>
 * </ul>
 */
package qaf.analysis.training;
