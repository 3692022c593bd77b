package qaf.briefing;

import java.util.ArrayList;
import java.util.List;
import qaf.briefing.SevenMinuteBriefing.Findings;

/**
 * The briefing's eighth cell, in the words both formats print: what the evaluation found (or, without
 * it, how to use a briefing), then any notes. The designed PDF sets it in the last box of its grid;
 * the text-only DOCX gives it a heading of its own. Before this class the DOCX had an introduction
 * and a "Notes" list of its own words, which the PDF never printed.
 */
final class BriefingAside {
    /** What the aside says without the evaluation's findings. */
    static final String HOW_TO_USE = "Read this briefing with your team: about a minute for each section, then agree"
            + " what you will do differently and record it on the 7MB action plan.";

    /** One line of the aside: a statement, an item of the themes' list, or a note. */
    record Line(Kind kind, String text) {
        enum Kind { STATEMENT, ITEM, NOTE }

        /** The line as the PDF sets it. */
        String printed() {
            return switch (kind) {
                case STATEMENT -> text;
                case ITEM -> "\u2022 " + text;
                case NOTE -> "Note: " + text;
            };
        }
    }

    private BriefingAside() {
    }

    static String heading(SevenMinuteBriefing b) {
        return b.findings() != null ? Findings.HEADING : "About this briefing";
    }

    static List<Line> lines(SevenMinuteBriefing b) {
        List<Line> lines = new ArrayList<>();
        Findings f = b.findings();
        if (f != null) {
            f.statements().forEach(s -> lines.add(new Line(Line.Kind.STATEMENT, s)));
            f.themeItems().forEach(t -> lines.add(new Line(Line.Kind.ITEM, t)));
        } else {
            lines.add(new Line(Line.Kind.STATEMENT, HOW_TO_USE));
        }
        b.notes().forEach(n -> lines.add(new Line(Line.Kind.NOTE, n)));
        return lines;
    }
}
