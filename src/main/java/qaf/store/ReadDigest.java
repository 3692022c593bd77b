package qaf.store;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/**
 * The running SHA-256 of the queries a {@link Database.Reads} recording saw and the rows they
 * returned: each query's text and parameters, then each row's columns, framed by {@link Digests}.
 */
final class ReadDigest {
    private final MessageDigest digest = Digests.sha256();
    /** The column count of the last query's rows, read from its first row; -1 before it. */
    private int columns = -1;

    /** The digest of the queries and rows read so far (hex); reading it does not end the digest. */
    String fingerprint() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    void query(String sql, List<?> params) {
        columns = -1;
        Digests.field(digest, sql);
        for (Object p : params) {
            Digests.field(digest, p == null ? null : p.toString());
        }
    }

    void row(ResultSet rs) throws SQLException {
        if (columns < 0) {
            columns = rs.getMetaData().getColumnCount();
        }
        digest.update((byte) 'R');
        for (int i = 1; i <= columns; i++) {
            Digests.field(digest, rs.getString(i));
        }
    }
}
