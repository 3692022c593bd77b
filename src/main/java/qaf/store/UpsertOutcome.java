package qaf.store;

/** What an upsert did to the stored row with the same key. */
public enum UpsertOutcome { INSERTED, UPDATED, UNCHANGED }
