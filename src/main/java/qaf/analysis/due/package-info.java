/**
 * "What is due": every clock qaf tracks (review notifications and completions, evaluation
 * submissions, close-the-loop returns, Section 11 and single agency audit returns, actions) as at
 * one day, in one list. Pure: fed by the store's queries through {@link qaf.analysis.due.DueInputs},
 * holding refs and pseudonyms only.
 */
package qaf.analysis.due;
