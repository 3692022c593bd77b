-- DATA-FORMAT.md, "Version 2 additions": optional columns (nullable, so a database and a dataset of
-- version 1 stay valid) and the files programme.csv, terms.csv and narrative/. The ingest checks
-- every value; the CHECKs repeat the simple rules as a second line of defence.

-- The dates the partnership actually issued (appendix B's table); each replaces the computed one.
ALTER TABLE evaluations ADD COLUMN cases_sent_on TEXT;
ALTER TABLE evaluations ADD COLUMN chronologies_due TEXT;
ALTER TABLE evaluations ADD COLUMN evaluations_due TEXT;
ALTER TABLE evaluations ADD COLUMN health_evaluations_due TEXT;
ALTER TABLE evaluations ADD COLUMN overview_due TEXT;
ALTER TABLE evaluations ADD COLUMN independent_overview_due TEXT;
ALTER TABLE evaluations ADD COLUMN briefings_due TEXT;

-- follows_ref is not a declared foreign key: a review may follow one ingested in the same dataset
-- in any order, and the ingest resolves it as it does every ref.
ALTER TABLE reviews ADD COLUMN follows_ref TEXT;
ALTER TABLE reviews ADD COLUMN lines_of_enquiry TEXT;

-- NULL: not said, so the impact text decides (DATA-FORMAT.md).
ALTER TABLE actions ADD COLUMN impact_evidenced INTEGER CHECK (impact_evidenced IN (0, 1));

ALTER TABLE school_audits ADD COLUMN moderation INTEGER NOT NULL DEFAULT 0 CHECK (moderation IN (0, 1));

-- how_actioned may now hold several words separated by ';', which V1's CHECK (one word) refuses. SQLite
-- cannot drop a CHECK, so the table is rebuilt with the new columns; the ingest checks each word.
CREATE TABLE single_agency_audits_v3 (
    year TEXT NOT NULL,
    agency_code TEXT NOT NULL REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
    submitted_on TEXT,
    audit_activity TEXT,
    performance_information TEXT,
    executive_summary TEXT,
    outcomes TEXT,
    board_message TEXT,
    recommendations TEXT,
    how_actioned TEXT,
    completed_by TEXT,
    main_body TEXT,
    appendices TEXT,
    moderation INTEGER NOT NULL DEFAULT 0 CHECK (moderation IN (0, 1)),
    PRIMARY KEY (year, agency_code)
);
INSERT INTO single_agency_audits_v3 (year, agency_code, submitted_on, audit_activity, performance_information,
        executive_summary, outcomes, board_message, recommendations, how_actioned)
    SELECT year, agency_code, submitted_on, audit_activity, performance_information, executive_summary, outcomes,
        board_message, recommendations, how_actioned FROM single_agency_audits;
DROP TABLE single_agency_audits;
ALTER TABLE single_agency_audits_v3 RENAME TO single_agency_audits;

-- programme.csv: the annual QA programme (appendix B's first table).
CREATE TABLE programme (
    process TEXT NOT NULL CHECK (process IN ('s11', 'school-audit', 'single-agency-audit', 'annual-review')),
    cycle TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    notes TEXT,
    PRIMARY KEY (process, cycle),
    CHECK (due_on >= starts_on)
);

-- terms.csv: the partnership's own words for the framework's bodies, roles and processes.
CREATE TABLE terms (
    term TEXT NOT NULL PRIMARY KEY,
    text TEXT NOT NULL
);

-- narrative/<kind>/<document name>/<section>.md: the partnership's own writing, as Markdown text.
CREATE TABLE narrative (
    kind TEXT NOT NULL,
    document TEXT NOT NULL,
    section TEXT NOT NULL,
    markdown TEXT NOT NULL,
    PRIMARY KEY (kind, document, section)
);
