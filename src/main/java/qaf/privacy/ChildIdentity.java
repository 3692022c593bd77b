package qaf.privacy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What identifies a child, and the pseudonym that stands for it in board documents. Loaded by
 * {@code qaf.store.ChildQueries#identities}; only the privacy screen should hold one.
 * {@link #toString()} names the ref only, so a record printed by mistake leaks nothing.
 */
public record ChildIdentity(String childRef, String givenName, String familyName, LocalDate dateOfBirth,
        String pseudonym) {

    public ChildIdentity {
        Objects.requireNonNull(childRef, "childRef");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(pseudonym, "pseudonym");
    }

    @Override
    public String toString() {
        return "ChildIdentity[" + childRef + "]";
    }
}
