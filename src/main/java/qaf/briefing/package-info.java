/**
 * The seven-minute briefing: a public one-page summary of what an evaluation or review taught,
 * for a team leader to read with a team in seven minutes.
 *
 * <h2>Why its PDF keeps a bespoke renderer</h2>
 * The printed briefing is a designed page, not a flowing document: one landscape A4 sheet with a
 * title banner and seven numbered panels in a 4 + 3 grid, the eighth cell holding what the
 * evaluation found (or what the briefing is for) and any notes. The block model has no notion of a
 * fixed box on a fixed page, and the page needs what only a layout of its own can do: the seven
 * panels share the largest type size from 13 pt down to 8 pt at which each one fits its box
 * ({@link qaf.briefing.PanelFit}, measured with the font the PDF embeds), and a panel that does not
 * fit even at 8 pt keeps its opening words, marked "continued overleaf", and is printed in full
 * after the page. So {@link qaf.briefing.BriefingPdf} fills
 * {@code report-templates/seven-minute-briefing.jrxml} itself.
 *
 * <p>The Word version is the "text-only version" partnerships publish beside the designed page:
 * linear, a heading per section. It has no layout of its own, so it is composed as blocks
 * ({@link qaf.briefing.BriefingBlocks}) and rendered by the one block DOCX renderer. Both formats
 * take their words from one {@link qaf.briefing.SevenMinuteBriefing} (panels, findings, notes),
 * and the eighth cell's words from {@link qaf.briefing.BriefingAside}, so they cannot say different
 * things about the briefing; the contract's parity test compares them (the DOCX's subtitle alone says
 * "(text-only version)").
 */
package qaf.briefing;
