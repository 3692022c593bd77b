package qaf.frontpage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import qaf.analysis.due.DueItem;
import qaf.analysis.due.DueList;
import qaf.analysis.due.DueSource;
import qaf.analysis.due.DueStatus;
import qaf.calendar.WorkingDays;
import qaf.document.Audience;
import qaf.frontpage.FrontPageModel.Count;
import qaf.frontpage.FrontPageModel.DueRow;
import qaf.frontpage.FrontPageModel.DueTable;
import qaf.frontpage.FrontPageModel.KindGroup;
import qaf.frontpage.FrontPageModel.Link;
import qaf.frontpage.FrontPageModel.Row;
import qaf.frontpage.FrontPageModel.Year;
import qaf.publish.Manifest;
import qaf.terms.Terms;

/**
 * The front page in words, from the manifest and the due list. Pure. Every link it makes is to a
 * file the manifest lists, relative to the output folder, where the page is written.
 */
final class FrontPageComposer {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.UK);
    private static final List<String> FORMATS = List.of("pdf", "docx");

    /** Where each report of the due list is published: a kind, and how its document's refs name it. */
    private static final Map<DueSource.Report, String> REPORT_KINDS = new EnumMap<>(Map.of(
            DueSource.Report.REVIEWS, "annual-report-reviews",
            DueSource.Report.EVALUATION, "evaluation-overview",
            DueSource.Report.SECTION_11, "s11-overview",
            DueSource.Report.SCHOOLS_AUDIT, "schools-overview",
            DueSource.Report.SINGLE_AGENCY_AUDITS, "single-agency-overview",
            DueSource.Report.ACTIONS, "action-tracker"));

    private FrontPageComposer() {
    }

    static FrontPageModel compose(String partnershipName, LocalDate asAt, String version, Manifest manifest,
            List<DueItem> due, WorkingDays wd, Terms terms) {
        List<Year> years = years(manifest, terms);
        List<FrontPageModel.Failure> failures = manifest.failures().stream()
                .map(f -> new FrontPageModel.Failure(KindLabels.label(f.kind(), terms), f.name(), f.format())).toList();
        int documents = years.stream().mapToInt(Year::documents).sum();
        return new FrontPageModel(partnershipName, manifest.period(), LONG.format(asAt), version,
                Audience.BOARD.marking(), dueTable(due, asAt, manifest, wd, terms), years, failures, documents);
    }

    private static DueTable dueTable(List<DueItem> items, LocalDate asAt, Manifest manifest, WorkingDays wd,
            Terms terms) {
        Map<DueStatus, Integer> counts = new EnumMap<>(DueStatus.class);
        items.forEach(i -> counts.merge(i.status(), 1, Integer::sum));
        List<Count> list = Arrays.stream(DueStatus.values())
                .map(s -> new Count(s.label(), counts.getOrDefault(s, 0), css(s))).toList();
        List<DueRow> rows = items.stream().sorted(DueList.ORDER).map(i -> row(i, asAt, manifest, wd, terms)).toList();
        String note = "Every clock qaf tracks, as at " + LONG.format(asAt) + ": outstanding ones however long ago"
                + " they fell due, and those met or missed in " + manifest.period() + ". Working-day clocks leave"
                + " out weekends and bank holidays; \u201cdue within " + DueList.SOON_WORKING_DAYS
                + " working days\u201d counts from the as-at day. Schools' audit returns are due on the QA"
                + " programme's day for their cycle; a cycle it gives no day is not listed.";
        return new DueTable(list, rows, note);
    }

    private static DueRow row(DueItem i, LocalDate asAt, Manifest manifest, WorkingDays wd, Terms terms) {
        String unit = i.clock().inWorkingDays() ? "working day" : "day";
        String days = switch (i.status()) {
            case OVERDUE -> plural(i.days(), unit) + " overdue";
            case MISSED -> plural(i.days(), unit) + " late";
            case DUE_SOON -> i.due().equals(asAt) ? "due today" : "in " + plural(wd.count(asAt, i.due()), "working day");
            case LATER, MET -> "";
        };
        String agency = agency(i.agencyCode(), i.agencyName());
        Link document = document(i.belongsTo(), manifest).orElse(null);
        String filter = String.join(" ", i.clock().label(terms), i.ref(), i.pseudonym() == null ? "" : i.pseudonym(),
                agency, i.status().label()).toLowerCase(Locale.ROOT);
        return new DueRow(i.status().label(), css(i.status()), SHORT.format(i.due()), i.due().toString(),
                i.clock().inWorkingDays() ? "working days" : "calendar days", i.clock().label(terms), i.ref(),
                i.pseudonym() == null ? "" : i.pseudonym(), agency, days,
                i.done() == null ? "" : SHORT.format(i.done()), document, filter);
    }

    /** The agency by name and code (once, when its name already ends with it); the partnership for none. */
    static String agency(String code, String name) {
        if (code == null) {
            return "Partnership";
        }
        if (name == null) {
            return code;
        }
        return name.endsWith("(" + code + ")") ? name : name + " (" + code + ")";
    }

    /** The board or public document the clock is reported in, preferring its PDF; empty when not published. */
    static Optional<Link> document(DueSource source, Manifest manifest) {
        String kind = REPORT_KINDS.get(source.report());
        String ref = source.report() == DueSource.Report.SECTION_11 ? "s11-" + source.ref() : source.ref();
        return manifest.documents().stream()
                .filter(d -> d.kind().equals(kind) && d.refs().contains(ref) && !d.audience().equals(Audience.CASE.id()))
                .min(Comparator.comparing((Manifest.Document d) -> formatOrder(d.format())).thenComparing(
                        Manifest.Document::path))
                .map(d -> new Link(d.title(), " (" + d.format().toUpperCase(Locale.ROOT) + ")", href(d.path())));
    }

    private static List<Year> years(Manifest manifest, Terms terms) {
        // period -> kind -> stem -> files; latest year first, kinds in catalogue order, documents by name.
        Map<String, Map<String, Map<String, List<Manifest.Document>>>> tree = new TreeMap<>(Comparator.reverseOrder());
        for (Manifest.Document d : manifest.documents()) {
            String[] parts = d.path().split("/", 3);
            String period = parts.length == 3 ? parts[0] : "";
            tree.computeIfAbsent(period, k -> new TreeMap<>(KindLabels.ORDER))
                    .computeIfAbsent(d.kind(), k -> new TreeMap<>())
                    .computeIfAbsent(stem(d.path()), k -> new ArrayList<>()).add(d);
        }
        List<Year> years = new ArrayList<>();
        tree.forEach((period, kinds) -> {
            List<KindGroup> groups = new ArrayList<>();
            kinds.forEach((kind, stems) -> groups.add(new KindGroup(kind, id(period + "-" + kind),
                    KindLabels.label(kind, terms), stems.values().stream().map(f -> row(f, terms)).toList())));
            years.add(new Year(period, id("year-" + period), groups,
                    groups.stream().mapToInt(g -> g.rows().size()).sum()));
        });
        return years;
    }

    private static Row row(List<Manifest.Document> files, Terms terms) {
        List<Manifest.Document> sorted = files.stream()
                .sorted(Comparator.comparing((Manifest.Document d) -> formatOrder(d.format()))).toList();
        Manifest.Document first = sorted.get(0);
        String stem = stem(first.path());
        String name = stem.substring(stem.lastIndexOf('/') + 1);
        boolean caseDocument = first.audience().equals(Audience.CASE.id());
        String audience = switch (first.audience()) {
            case "case" -> "Case: " + Audience.CASE.marking() + ", owner only";
            case "board" -> "Board: " + Audience.BOARD.marking();
            case "public" -> "Public";
            default -> first.audience();
        };
        String pages = sorted.stream().filter(d -> d.pages() != null).findFirst()
                .map(d -> Integer.toString(d.pages())).orElse("");
        String size = sorted.stream().map(d -> size(d.bytes()) + " " + d.format().toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        List<Link> links = sorted.stream().map(d -> new Link(d.format().toUpperCase(Locale.ROOT),
                " of " + first.title() + " (" + name + ")", href(d.path()))).toList();
        // Every format lists the same tables; the first's are the document's.
        Map<String, Link> data = new LinkedHashMap<>();
        for (Manifest.DataFile f : first.data()) {
            data.putIfAbsent(f.path(), new Link(f.table(), " (CSV table of " + name + ")", href(f.path())));
        }
        String filter = String.join(" ", first.title(), name, String.join(" ", first.refs()),
                KindLabels.label(first.kind(), terms)).toLowerCase(Locale.ROOT);
        return new Row(first.title(), name, audience, caseDocument, pages, size, links, List.copyOf(data.values()),
                filter);
    }

    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.UK, "%d kB", Math.round(bytes / 1000.0));
        }
        return String.format(Locale.UK, "%.1f MB", bytes / 1_000_000.0);
    }

    /** A manifest path as a relative URL: each segment percent-encoded, so no name can break out of it. */
    static String href(String path) {
        return Arrays.stream(path.split("/"))
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    private static String stem(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    private static int formatOrder(String format) {
        int i = FORMATS.indexOf(format);
        return i < 0 ? FORMATS.size() : i;
    }

    private static String css(DueStatus s) {
        return "status-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An HTML id: letters, digits and hyphens only. */
    private static String id(String text) {
        return text.replaceAll("[^A-Za-z0-9-]", "-");
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
