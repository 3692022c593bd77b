/**
 * The close-the-loop form (framework appendix C): sent to the lead person of an agency after a
 * case evaluation, returned with their reflections, learning and actions.
 *
 * <h2>Why it keeps bespoke renderers</h2>
 * It is a form to fill in, not a report to read, and neither format can be made from the block
 * model's headings, paragraphs and tables:
 * <ul>
 * <li>the Word form ({@link qaf.closetheloop.CloseTheLoopDocx}) puts every answer in a content
 *     control tagged with the field's name, showing a prompt until the lead person types over it,
 *     and every choice in a drop-down list control, so a returned form can be read back field by
 *     field; returned answers arrive already in their controls;</li>
 * <li>the printable twin ({@link qaf.closetheloop.CloseTheLoopPdf}, from
 *     {@code report-templates/close-the-loop.jrxml}) draws an empty box to write in for each answer
 *     not yet given ({@code FormBox}, a one-line box or a tall one for long answers) and prints
 *     choices as tick boxes, grouped by the form's sections.</li>
 * </ul>
 * A block has no "answer to be written here" and no field name, and adding them would put form
 * machinery into every document. The words still exist once: both renderers show exactly the
 * labels, guidance, facts (under the same "Item" and "Detail" heads), choices and answers of one
 * {@link qaf.closetheloop.CloseTheLoopDocument}. Only how to fill the form in differs by format
 * ({@code PDF_INSTRUCTION}, {@code DOCX_INSTRUCTION} and Word's prompts in the controls), and the
 * contract's parity test sets exactly that aside when it compares the two.
 */
package qaf.closetheloop;
