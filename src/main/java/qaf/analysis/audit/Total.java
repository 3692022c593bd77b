package qaf.analysis.audit;

/**
 * Adding counts without overflow: a sum past what an {@code int} holds is refused with a reason
 * naming what was added, never wrapped round to a negative number ("-2 attendees"). The document
 * that needed the sum fails alone (exit 4); the ingest rejects implausible counts before this.
 */
public final class Total {
    private Total() {
    }

    /**
     * {@code a + b}.
     *
     * @param what what is being added and where it comes from, e.g. "the attendees of event EV-01
     *     (attendance.csv)": refs and file names only, never a value
     */
    public static int add(int a, int b, String what) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " add up to more than " + Integer.MAX_VALUE
                    + ", more than any count a document can show: correct the counts in the data and ingest again");
        }
    }
}
