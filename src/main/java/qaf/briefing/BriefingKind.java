package qaf.briefing;

import qaf.analysis.briefing.BriefingYear;

import qaf.analysis.briefing.BriefingSource;

import java.util.List;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.kind.DocumentKind;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;
import qaf.render.Format;
import qaf.render.Renderer;
import qaf.store.BriefingQueries;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
import qaf.store.PartnershipQueries;

/** The seven-minute briefings of a year ({@link BriefingYear} decides which year a briefing is in). */
public final class BriefingKind implements DocumentKind<SevenMinuteBriefing> {
    private final BriefingComposer composer = new BriefingComposer();

    @Override
    public String id() {
        return BriefingComposer.KIND;
    }

    @Override
    public List<String> keys(Database db, ReportingYear year) {
        List<BriefingQueries.BriefingRow> all = BriefingQueries.all(db);
        if (all.isEmpty()) {
            return List.of();
        }
        ReportingYear latest = PartnershipQueries.latestYear(db, year.startMonth());
        return all.stream()
                .filter(b -> BriefingYear.of(b.publishedOn(), b.sourceDate(), latest).equals(year))
                .map(BriefingQueries.BriefingRow::ref)
                .toList();
    }

    @Override
    public SevenMinuteBriefing compose(Database db, ReportingYear year, String key) {
        PartnershipQueries.Partnership partnership = PartnershipQueries.partnership(db);
        BriefingQueries.BriefingRow b = BriefingQueries.briefing(db, key)
                .orElseThrow(() -> new IllegalArgumentException("no briefing " + key));
        EvaluationFindings findings = null;
        String reviewType = null;
        if ("evaluation".equals(b.sourceKind()) && b.sourceRef() != null) {
            WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.fromId(partnership.bankHolidays())));
            // Only whole-evaluation counts and grades are shown, which do not depend on the as-of date.
            findings = EvaluationQueries.evaluation(db, b.sourceRef().strip())
                    .map(d -> EvaluationFindings.of(d, wd, year.end())).orElse(null);
        } else if ("review".equals(b.sourceKind()) && b.sourceRef() != null) {
            reviewType = BriefingQueries.reviewType(db, b.sourceRef().strip()).orElse(null);
        }
        return composer.compose(new BriefingSource(partnership.name(), b.ref(), b.title(), b.sourceKind(),
                b.sourceRef(), b.publishedOn(), BriefingQueries.sections(db, key), findings, reviewType,
                BriefingQueries.childNamesToWithhold(db)));
    }

    @Override
    public Renderer<SevenMinuteBriefing> renderer(Format format) {
        return switch (format) {
            case PDF -> new BriefingPdf();
            case DOCX -> new BriefingDocx();
        };
    }
}
