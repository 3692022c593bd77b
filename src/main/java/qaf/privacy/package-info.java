/**
 * The privacy screen: finds every child's name and date of birth in a text however people write
 * them, and replaces them for a board audience. Pure — no SQL, no renderer: the store loads the
 * children ({@code qaf.store.ChildQueries#identities}), {@link qaf.privacy.ChildMatcher#of} builds
 * the matcher once per build, and callers pass it strings.
 *
 * <h2>What counts as a name</h2>
 * Text is cut into words (runs of letters, digits and combining marks) and each word is compared
 * by a folded key ({@code Folding}): any Unicode normalisation form, accents and diacritics dropped
 * (Zoe = Zoë, Sean = Seán), letters whose mark is part of the letter spelt plainly (ł→l, ø→o, ß→ss,
 * æ→ae, đ→d, ð→d, þ→th, ı→i, and the hooked letters of West African names), any letter case. A word
 * holding a digit ("C1", "CH1001") is never a name, and a name is only ever a whole word: "Alice"
 * is not in "Malice", "Ali" not in "Alison" or "quality".
 * <ul>
 * <li>A <b>full name</b> — the child's given and family name, given first with any run of spaces
 *     between (no-break, narrow and ideographic spaces, tabs and line breaks included: PDF text
 *     wraps), or family first with spaces or one comma ("BASHIR, Zainab") — always counts, in any
 *     letter case.
 * <li>A name of several words ("Bashir-Khan", "O'Brien", "Ó Súilleabháin", "Tyler-Jay") matches
 *     with a hyphen or any dash (‐ ‑ ‒ – — ― −, spaces around it allowed), an apostrophe (' ’ ʼ ′ ‘),
 *     only spaces, or nothing ("OBrien") between its words. Each of its words also stands for it
 *     alone ("Khan", "Súilleabháin"), except particles (Ó, Ní, Mc, bin, de, van, al, …) and words of
 *     one or two letters.
 * <li>A <b>given or family name alone</b> counts as a whole word, in any case — unless it is also
 *     a common word, where the rule for common-word names applies.
 * <li>Professionals who share a child's family name: a matcher told the partnership's own
 *     professionals as its records name them ({@code ChildQueries#professionals}: agency leads, case
 *     workers and managers, chairs, reviewers) does not take a name part inside one of those names,
 *     written in full, for the child — "Neil Rahman" of "Dr Neil Rahman, Named GP" is not Aisha
 *     Rahman's family. "Dr Rahman" alone cannot be told apart and still counts; a child's full name
 *     always does.
 * <li>A possessive is the name followed by 's in any apostrophe ("Zoë's", "Zoë’s") or, after a
 *     name ending in s, by the apostrophe alone ("Davies'"); the hit covers the name only.
 * </ul>
 *
 * <h2>The rule for names that are also common words</h2>
 * A full name always counts. A name part alone that is an ordinary word ({@code CommonWords}:
 * Hope, Grace, Will, Rose, Summer, Bell, Young, Hill, Long, …, names of one or two letters, and
 * Vietnamese or Korean names that spell a word once accents go, such as Hằng → "hang") counts only
 * <ul>
 * <li>written capitalised — an initial capital followed by a small letter, so not "hope" and not
 *     "HOPE" (capitals throughout are a heading) — and not at the start of a sentence, a line (a
 *     table cell, a heading, a list item), or a quotation; or
 * <li>after a title (Mr, Mrs, Ms, Miss, Mx, Dr, Master, Sir, Dame…), in any case: "Mrs hope".
 * </ul>
 * A name that is a word written capitalised anyway — a month (May, June, April, August), a weekday,
 * a faith or nationality (Islam, Christian, English), a title of office (Lord, King) — counts alone
 * only after a title ("Mrs May", "Mr Islam"). So "Hope was seen" (sentence-initial) and "in May
 * 2019" are not hits, and "the worker saw Hope" is. The cost, accepted on purpose: a common-word
 * name alone at the start of a sentence is missed, and a capitalised word mid-sentence that is some
 * child's name ("a Long Term plan") is a hit. The lists are not exhaustive; a name missing from
 * them is simply treated as a name.
 *
 * <h2>Dates of birth</h2>
 * A date is found in every common written form — numeric with / - . a dash or spaces between its
 * parts, day first (UK), year first (ISO 2009-02-14 and 2009/02/14), with 2- or 4-digit years and
 * with or without leading zeros; month first (02/14/2009) only where day first cannot be a date;
 * month names short or long, in any case, with or without a full stop, with ordinals (14th), with
 * "of" and commas: 14-Feb-2009, 14 February 09, 14th of February 2009, February 14th, 2009,
 * Feb 14 2009, 2009 Feb 14 — and is a hit only when it is a child's actual date of birth (a
 * two-digit year matches either century). Ordinary event dates therefore never hit unless they
 * equal a date of birth: <b>in a board or public document, a date equal to a child's date of birth
 * is treated as identifying</b>, whatever the author meant by it — with one exception, made by the
 * build's screen ({@code qaf.pipeline.PrivacyScreen}) and by {@code qaf privacy-scan} alike: a date
 * that is also the date of one of the partnership's records, stored or worked out from them (an
 * evaluation's timetable deadlines), or a day of the build (the reporting year's first and last day,
 * the as-at day; {@code BuildContext#birthdaysOnRecordDates}), in a text that names
 * no child, is the record's date (an action due on a birthday) and is only counted.
 *
 * <h2>Using it</h2>
 * {@link qaf.privacy.ChildMatcher#find(String, java.util.function.Consumer)} reports hits (public
 * documents: any hit fails the document);
 * {@link qaf.privacy.ChildMatcher#replaceForBoard(String, java.time.LocalDate, java.util.function.Consumer)}
 * replaces a name by that child's pseudonym (a possessive keeps its 's: "Child A's"), a name shared
 * by several children (siblings' family name) by {@value qaf.privacy.ChildMatcher#WITHHELD}, and a
 * date of birth by the age band on the given day ("aged 5–10", "unborn"). A {@link qaf.privacy.Hit}
 * carries child refs, a kind and a span — the span is for replacing only; nothing that describes a
 * hit holds the matched text, so hits can go to logs and reports as they are.
 * {@link qaf.privacy.PseudonymRule} is the same comparison for the ingest's pseudonym check.
 * {@link qaf.privacy.SourceCells} is the same matcher over the store's own free-text cells, so that
 * a hit found in a document or a published file points back to the file, row key and column it was
 * typed into.
 *
 * <p>Cost: each text is read once, word by word, with one hash lookup per word whatever the number
 * of children; dates are found by four patterns over the text (only when it holds a digit), not one
 * per child.
 */
package qaf.privacy;
