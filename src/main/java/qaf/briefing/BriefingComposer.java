package qaf.briefing;

import qaf.analysis.briefing.BriefingSource;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.CaseOutcome;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.GradeGroup;
import qaf.briefing.SevenMinuteBriefing.Findings;
import qaf.briefing.SevenMinuteBriefing.ImprovementTheme;
import qaf.briefing.SevenMinuteBriefing.Panel;
import qaf.document.Audience;
import qaf.document.DocumentMeta;
import qaf.terms.Terms;

/**
 * Composes a seven-minute briefing for the public. Pure: the public-audience rules (no exact dates,
 * no children's names, whole-evaluation figures only, improvement areas only where they recur across
 * cases) are unit-tested on hand-made sources.
 */
public final class BriefingComposer {
    static final String KIND = "seven-minute-briefing";
    static final int SECTIONS = 7;
    /**
     * An improvement area is published only when recorded in this many cases: one seen in a single
     * case (or two) is that case's detail, not a theme of the evaluation.
     */
    static final int MIN_CASES_FOR_THEME = 3;
    /** The most widespread few: the briefing is one page. */
    static final int MAX_THEMES = 3;
    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** In the framework's own words: what a partnership without terms.csv reads. */
    public SevenMinuteBriefing compose(BriefingSource source) {
        return compose(source, Terms.FRAMEWORK);
    }

    /** @param terms the partnership's word for a serious case review, in the source line */
    public SevenMinuteBriefing compose(BriefingSource source, Terms terms) {
        PublicText publicText = new PublicText(source.namesToWithhold());
        List<String> notes = new ArrayList<>();

        PublicText.Cleaned title = publicText.clean(source.title());
        noteWithheld(notes, "the title", title);
        List<Panel> panels = panels(source, publicText, notes);

        Findings findings = null;
        String sourceLine;
        String kind = source.sourceKind() == null ? "" : source.sourceKind();
        String ref = source.sourceRef() == null ? "" : source.sourceRef().strip();
        switch (kind) {
            case "evaluation" -> {
                if (source.evaluation() != null) {
                    findings = findings(source.evaluation(), publicText);
                    sourceLine = "From " + article(evaluationLabel(source.evaluation())) + " (" + ref + ")";
                } else {
                    sourceLine = "From evaluation " + ref;
                    notes.add("The source evaluation " + ref + " is not in the data, so no figures from it are shown.");
                }
            }
            case "review" -> {
                if (source.reviewType() != null) {
                    sourceLine = "From " + article(reviewLabel(source.reviewType(), terms)) + " (" + ref + ")";
                } else {
                    sourceLine = "From review " + ref;
                    notes.add("The source review " + ref + " is not in the data.");
                }
            }
            case "theme" -> sourceLine = ref.isEmpty() ? "On a theme" : "On the theme: " + publicText.clean(ref).text();
            default -> sourceLine = "Source not recorded";
        }

        String publishedLine = source.publishedOn() == null
                ? "Not yet published" : "Published " + PUBLISHED.format(source.publishedOn());
        List<String> refs = new ArrayList<>();
        refs.add(source.briefingRef());
        if (findings != null || source.reviewType() != null) {
            refs.add(ref);
        }
        DocumentMeta meta = new DocumentMeta(KIND, source.partnershipName(), title.text(),
                "Seven-minute briefing", Audience.PUBLIC, refs);
        return new SevenMinuteBriefing(meta, source.briefingRef(), "Seven-minute briefing \u00b7 " + source.briefingRef(),
                sourceLine, publishedLine, panels, findings, notes);
    }

    private static List<Panel> panels(BriefingSource source, PublicText publicText, List<String> notes) {
        Map<Integer, BriefingSource.Section> byNumber = new TreeMap<>();
        for (BriefingSource.Section s : source.sections()) {
            if (s.number() >= 1 && s.number() <= SECTIONS) {
                byNumber.putIfAbsent(s.number(), s);
            }
        }
        List<Integer> missing = new ArrayList<>();
        List<Panel> panels = new ArrayList<>();
        for (int n = 1; n <= SECTIONS; n++) {
            BriefingSource.Section s = byNumber.get(n);
            if (s == null) {
                missing.add(n);
                panels.add(new Panel(n, "Section " + n, "This section has not been written.", true));
                continue;
            }
            PublicText.Cleaned heading = publicText.clean(s.heading().strip());
            PublicText.Cleaned text = publicText.clean(tidy(s.text()));
            String shownHeading = heading.text().isEmpty() ? "Section " + n : heading.text();
            noteWithheld(notes, "section " + n, new PublicText.Cleaned("", heading.dates() + text.dates(),
                    heading.names() + text.names()));
            if (text.text().isEmpty()) {
                notes.add("Section " + n + " (" + shownHeading + ") has no text.");
                panels.add(new Panel(n, shownHeading, "This section is empty.", true));
            } else {
                panels.add(new Panel(n, shownHeading, text.text(), false));
            }
        }
        if (!missing.isEmpty()) {
            notes.add(0, "This briefing has " + (SECTIONS - missing.size()) + " of its seven sections: "
                    + (missing.size() == 1 ? "section " : "sections ") + list(missing) + " "
                    + (missing.size() == 1 ? "is" : "are") + " missing.");
        }
        return panels;
    }

    /** Line ends normalised, trailing space dropped, runs of blank lines folded to one. */
    static String tidy(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    static Findings findings(EvaluationFindings f, PublicText publicText) {
        Set<String> agencies = new LinkedHashSet<>();
        for (GradeGroup g : f.byAgency()) {
            agencies.add(g.key());
        }
        return new Findings(publicText.clean(f.evaluation().theme()).text(), f.cases().size(), agencies.size(),
                f.overall().graded(), f.overall().finalGoodOrBetter(), themes(f, publicText));
    }

    /** Improvement statements (the case's and its agencies'), counted once per case they appear in. */
    static List<ImprovementTheme> themes(EvaluationFindings f, PublicText publicText) {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Integer> cases = new TreeMap<>();
        for (CaseOutcome c : f.cases()) {
            Set<String> inCase = new LinkedHashSet<>();
            List<String> statements = new ArrayList<>();
            statements.add(c.evaluationCase().improvements());
            for (AgencyGrade g : c.grades()) {
                statements.add(g.improvements());
            }
            for (String s : statements) {
                String text = s == null ? "" : s.strip().replaceAll("\\s+", " ");
                if (text.isEmpty()) {
                    continue;
                }
                String key = text.toLowerCase(Locale.UK);
                shown.putIfAbsent(key, text);
                inCase.add(key);
            }
            inCase.forEach(k -> cases.merge(k, 1, Integer::sum));
        }
        return cases.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_CASES_FOR_THEME)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_THEMES)
                .map(e -> new ImprovementTheme(withoutFullStop(publicText.clean(shown.get(e.getKey())).text()),
                        e.getValue()))
                .toList();
    }

    private static String withoutFullStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String evaluationLabel(EvaluationFindings f) {
        return switch (f.evaluation().kind()) {
            case FULL -> "full multi-agency case evaluation";
            case CONDENSED -> "condensed multi-agency case evaluation";
        };
    }

    static String reviewLabel(String type, Terms terms) {
        return switch (type) {
            case "scr" -> terms.word("serious-case-review", "serious case review");
            case "lcspr" -> "local child safeguarding practice review";
            case "rapid-review" -> "rapid review";
            case "macr" -> "multi-agency concise review";
            case "single-agency-review" -> "single agency review";
            case "child-death-review" -> "child death review";
            default -> "review";
        };
    }

    private static String article(String label) {
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    private static void noteWithheld(List<String> notes, String where, PublicText.Cleaned cleaned) {
        if (cleaned.dates() > 0) {
            notes.add((cleaned.dates() == 1 ? "An exact date was withheld from " + where
                    : "Exact dates were withheld from " + where + " (" + cleaned.dates() + " places)")
                    + ": a public briefing gives no dates of a child or a case.");
        }
        if (cleaned.names() > 0) {
            notes.add("A child's name was withheld from " + where
                    + (cleaned.names() == 1 ? "." : " (" + cleaned.names() + " places)."));
        }
    }

    private static String list(List<Integer> numbers) {
        List<String> s = numbers.stream().map(String::valueOf).toList();
        if (s.size() == 1) {
            return s.get(0);
        }
        return String.join(", ", s.subList(0, s.size() - 1)) + " and " + s.get(s.size() - 1);
    }
}
