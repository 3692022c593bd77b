package qaf.generate;

import qaf.generate.ChronologyTexts.Template;

/**
 * One scripted or routine entry of a review's story, parsed: see {@link ReviewStories} for the
 * format. {@code base} is the letter WHEN starts with ({@code I} where it has none); {@code from}
 * and {@code to} are the day range from that base, equal for a single offset.
 */
record StoryLine(String agency, char base, int from, int to, String flags, String event, String action,
        String voice) {
    static StoryLine parse(String spec) {
        String[] p = spec.split("\\|", -1);
        if (p.length != 6) {
            throw new IllegalArgumentException("a story entry has 6 parts: " + spec);
        }
        String when = p[1];
        char base = when.isEmpty() || Character.isDigit(when.charAt(0)) || when.charAt(0) == '-'
                || when.charAt(0) == '+' ? 'I' : when.charAt(0);
        String range = base == 'I' && !when.startsWith("I") ? when : when.substring(1);
        int from = 0;
        int to = 0;
        if (!range.isEmpty()) {
            String[] ends = range.split("\\.\\.");
            from = ends[0].isEmpty() ? 0 : Integer.parseInt(ends[0]);
            to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
        }
        return new StoryLine(p[0], base, from, to, p[2], p[3], p[4], p[5]);
    }

    Template template() {
        return Template.parse(flags + "|" + event + "|" + action);
    }
}
