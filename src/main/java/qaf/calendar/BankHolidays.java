package qaf.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One nation's bank holidays, read from the GOV.UK-format list shipped in the jar (GOV.UK is not
 * reachable at run time). The list covers whole calendar years; for a date outside them the answer
 * comes from the standing statutory rules ({@link StatutoryHolidays}, substitute days included) and is
 * <em>projected</em>: a one-off holiday not yet announced cannot be known, so whatever shows a date
 * past the data says so ({@link #isProjected}). A build never stops because its data reaches past 2030.
 */
public final class BankHolidays {
    static final String RESOURCE = "/qaf/calendar/bank-holidays.json";

    /** A published event; {@code substitute} is GOV.UK's "Substitute day" note. */
    public record Holiday(LocalDate date, String title, boolean substitute) {
        public Holiday {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(title, "title");
        }
    }

    private final Nation nation;
    private final NavigableMap<LocalDate, Holiday> byDate;
    private final LocalDate coverageStart;
    private final LocalDate coverageEnd;
    /** Projected years, computed on first use; shared by the threads of a build. */
    private final Map<Integer, Map<LocalDate, Holiday>> projected = new java.util.concurrent.ConcurrentHashMap<>();

    private BankHolidays(Nation nation, NavigableMap<LocalDate, Holiday> byDate, LocalDate coverageStart,
            LocalDate coverageEnd) {
        this.nation = nation;
        this.byDate = Collections.unmodifiableNavigableMap(byDate);
        this.coverageStart = coverageStart;
        this.coverageEnd = coverageEnd;
    }

    /** The shipped list for a nation; immutable, so every caller shares the one parsed instance. */
    public static BankHolidays load(Nation nation) {
        Objects.requireNonNull(nation, "nation");
        return Bundled.NATIONS.get(nation);
    }

    /**
     * The bundled data, parsed once per run on first use: it is part of the program like a class file,
     * and a build asks for it for every document it composes.
     */
    private static final class Bundled {
        static final Map<Nation, BankHolidays> NATIONS = read();

        private static Map<Nation, BankHolidays> read() {
            try (InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bank-holiday data " + RESOURCE + " is missing from the classpath");
                }
                JsonNode root = new ObjectMapper().readTree(in);
                Map<Nation, BankHolidays> nations = new EnumMap<>(Nation.class);
                for (Nation nation : Nation.values()) {
                    nations.put(nation, parse(nation, root));
                }
                return Collections.unmodifiableMap(nations);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bank-holiday data " + RESOURCE, e);
            }
        }
    }

    /**
     * Builds a list from explicit holidays covering whole years {@code firstYear..lastYear}; for
     * tests and for callers that bring their own data.
     */
    public static BankHolidays of(Nation nation, int firstYear, int lastYear, List<Holiday> holidays) {
        Objects.requireNonNull(nation, "nation");
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear " + lastYear + " is before firstYear " + firstYear);
        }
        LocalDate start = LocalDate.of(firstYear, 1, 1);
        LocalDate end = LocalDate.of(lastYear, 12, 31);
        NavigableMap<LocalDate, Holiday> map = new TreeMap<>();
        for (Holiday h : holidays) {
            if (h.date().isBefore(start) || h.date().isAfter(end)) {
                throw new IllegalArgumentException("holiday " + h.date() + " lies outside the covered years "
                        + firstYear + "-" + lastYear);
            }
            if (map.put(h.date(), h) != null) {
                throw new IllegalArgumentException("two holidays on " + h.date() + "; give each date once");
            }
        }
        return new BankHolidays(nation, map, start, end);
    }

    private static BankHolidays parse(Nation nation, JsonNode root) {
        JsonNode events = root.path(nation.id()).path("events");
        if (!events.isArray() || events.isEmpty()) {
            throw new IllegalStateException("bank-holiday data has no events for " + nation.id());
        }
        TreeMap<LocalDate, Holiday> map = new TreeMap<>();
        for (JsonNode event : events) {
            LocalDate date;
            try {
                date = LocalDate.parse(event.path("date").asText());
            } catch (DateTimeException e) {
                throw new IllegalStateException("bank-holiday data for " + nation.id() + " has a bad date", e);
            }
            String notes = event.path("notes").asText("");
            Holiday holiday = new Holiday(date, event.path("title").asText(), notes.equalsIgnoreCase("Substitute day"));
            if (map.put(date, holiday) != null) {
                throw new IllegalStateException("bank-holiday data for " + nation.id() + " lists " + date + " twice");
            }
        }
        // Coverage is the whole years the data spans; every year in between must have events, so a
        // gap in the data cannot pass as a year without holidays.
        int first = map.firstKey().getYear();
        int last = map.lastKey().getYear();
        for (int y = first; y <= last; y++) {
            if (map.subMap(LocalDate.of(y, 1, 1), true, LocalDate.of(y, 12, 31), true).isEmpty()) {
                throw new IllegalStateException("bank-holiday data for " + nation.id() + " has no events in " + y);
            }
        }
        return of(nation, first, last, List.copyOf(map.values()));
    }

    public Nation nation() {
        return nation;
    }

    /** First day the data answers for (1 January of its first year). */
    public LocalDate coverageStart() {
        return coverageStart;
    }

    /** Last day the data answers for (31 December of its last year). */
    public LocalDate coverageEnd() {
        return coverageEnd;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(coverageStart) && !date.isAfter(coverageEnd);
    }

    /** Whether the answer for {@code date} is projected by the rules rather than published. */
    public boolean isProjected(LocalDate date) {
        return !covers(Objects.requireNonNull(date, "date"));
    }

    /** A bank holiday: published, or by the statutory rules outside the published years. */
    public boolean isHoliday(LocalDate date) {
        return holiday(date) != null;
    }

    /** The holiday's title, e.g. "Boxing Day" (also for its substitute day). */
    public Optional<String> name(LocalDate date) {
        return Optional.ofNullable(holiday(date)).map(Holiday::title);
    }

    private Holiday holiday(LocalDate date) {
        if (covers(Objects.requireNonNull(date, "date"))) {
            return byDate.get(date);
        }
        return projected.computeIfAbsent(date.getYear(), y -> {
            Map<LocalDate, Holiday> year = new TreeMap<>();
            StatutoryHolidays.of(nation, y).forEach(h -> year.put(h.date(), h));
            return year;
        }).get(date);
    }

    /** Every published holiday in date order; the list is an unmodifiable copy. */
    public List<Holiday> holidays() {
        return List.copyOf(byDate.values());
    }

}
