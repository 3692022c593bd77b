package qaf.render.pdf;

import java.util.List;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds a list of model rows to a report one row at a time. Each template names its fields; the
 * document kind's renderer says, in one function, what each field of a row holds, and fails loudly
 * on a field it does not know (a template and its renderer out of step).
 */
public final class RowSource<T> implements JRDataSource {

    /** The value of one named field of a row. */
    @FunctionalInterface
    public interface Fields<T> {
        Object value(T row, String field);
    }

    private final List<T> rows;
    private final Fields<T> fields;
    private int index = -1;

    /** The list is read, not copied: the model's lists are immutable. */
    public RowSource(List<T> rows, Fields<T> fields) {
        this.rows = rows;
        this.fields = fields;
    }

    @Override
    public boolean next() {
        index++;
        return index < rows.size();
    }

    @Override
    public Object getFieldValue(JRField field) {
        return fields.value(rows.get(index), field.getName());
    }

    /** The failure for a field the renderer does not provide. */
    public static IllegalArgumentException unknownField(String template, String field) {
        return new IllegalArgumentException(template + " asks for unknown field " + field);
    }
}
