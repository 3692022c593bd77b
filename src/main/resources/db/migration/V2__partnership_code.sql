-- partnership.csv's optional column code (DATA-FORMAT.md allows adding optional columns): the
-- partnership's short stable id, which names its database in a region store (<code>.db). Nullable,
-- so a database ingested before the column existed, or from a dataset without it, stays valid.
-- The ingest checks the pattern (letters, digits, hyphens, 1-16) and stores it upper-case; the
-- CHECK repeats that as a second line of defence, in portable SQL.
ALTER TABLE partnership ADD COLUMN code TEXT
    CHECK (code IS NULL OR (length(code) BETWEEN 1 AND 16 AND code = upper(code)));
