/**
 * The Serious Case Review subgroup's figures for a reporting year (framework sections 1–4, reviews.csv):
 * notifications and decisions by review type, the four statutory review clocks measured with
 * {@link qaf.calendar.ClockResult} as at the year end, reviews completed and published, child death
 * review counts and themes, and each review's learning. Pure: records in, records out; the child is
 * only ever a pseudonym. Review actions are rated by {@link qaf.analysis.audit.ActionTracker}, not here.
 */
package qaf.analysis.review;
