-- The dataset contract (DATA-FORMAT.md) as tables: one table per CSV file, named after the file,
-- with the file's column names. Exceptions: partnership has a fixed id (it holds one row);
-- chronology stores its date as entry_date (ISO to the known precision: yyyy-mm-dd, yyyy-mm or
-- yyyy, so text order is chronological with the less precise first) plus date_precision, and its
-- time as entry_time, because DATE and TIME are reserved words in standard SQL.
-- Portable SQL only (a PostgreSQL store will follow): TEXT and INTEGER columns, booleans as 0/1,
-- dates as ISO text, foreign keys DEFERRABLE INITIALLY DEFERRED so one transaction may insert a
-- file's rows in any order (agencies reference their own parent).

CREATE TABLE partnership (
    id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    area TEXT NOT NULL,
    bank_holidays TEXT NOT NULL DEFAULT 'england-and-wales'
        CHECK (bank_holidays IN ('england-and-wales', 'scotland', 'northern-ireland')),
    year_start_month INTEGER NOT NULL DEFAULT 4 CHECK (year_start_month BETWEEN 1 AND 12)
);

CREATE TABLE agencies (
    code TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    sector TEXT NOT NULL CHECK (sector IN ('police', 'social-care', 'health', 'education', 'probation',
        'youth-justice', 'housing', 'early-help', 'voluntary', 'other')),
    parent_code TEXT REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
    lead_person TEXT
);

CREATE TABLE children (
    child_ref TEXT NOT NULL PRIMARY KEY,
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    gender TEXT,
    ethnicity TEXT,
    religion TEXT,
    pseudonym TEXT NOT NULL UNIQUE
);

CREATE TABLE cases (
    case_ref TEXT NOT NULL PRIMARY KEY,
    child_ref TEXT NOT NULL REFERENCES children (child_ref) DEFERRABLE INITIALLY DEFERRED,
    case_type TEXT NOT NULL CHECK (case_type IN ('early-help', 'assessment', 'cin', 'cp', 'cic', 'care-leaver',
        'adoption')),
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    case_worker TEXT,
    supervising_manager TEXT,
    team TEXT
);

CREATE TABLE evaluations (
    evaluation_ref TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('full', 'condensed')),
    theme TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    panel_on TEXT NOT NULL,
    chair TEXT
);

CREATE TABLE evaluation_cases (
    evaluation_ref TEXT NOT NULL REFERENCES evaluations (evaluation_ref) DEFERRABLE INITIALLY DEFERRED,
    case_ref TEXT NOT NULL REFERENCES cases (case_ref) DEFERRABLE INITIALLY DEFERRED,
    partnership_grade TEXT CHECK (partnership_grade IN ('outstanding', 'good', 'requires-improvement',
        'inadequate')),
    child_voice TEXT CHECK (child_voice IN ('evidenced', 'partly', 'not-evidenced')),
    summary TEXT,
    strengths TEXT,
    improvements TEXT,
    PRIMARY KEY (evaluation_ref, case_ref)
);

CREATE TABLE agency_evaluations (
    evaluation_ref TEXT NOT NULL,
    case_ref TEXT NOT NULL,
    agency_code TEXT NOT NULL REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
    self_grade TEXT NOT NULL CHECK (self_grade IN ('outstanding', 'good', 'requires-improvement', 'inadequate')),
    panel_grade TEXT CHECK (panel_grade IN ('outstanding', 'good', 'requires-improvement', 'inadequate')),
    regrade_rationale TEXT,
    chronology_submitted_on TEXT,
    evaluation_submitted_on TEXT,
    strengths TEXT,
    improvements TEXT,
    PRIMARY KEY (evaluation_ref, case_ref, agency_code),
    FOREIGN KEY (evaluation_ref, case_ref) REFERENCES evaluation_cases (evaluation_ref, case_ref)
        DEFERRABLE INITIALLY DEFERRED,
    CHECK (panel_grade IS NULL OR panel_grade = self_grade OR regrade_rationale IS NOT NULL)
);

CREATE TABLE chronology (
    case_ref TEXT NOT NULL REFERENCES cases (case_ref) DEFERRABLE INITIALLY DEFERRED,
    agency_code TEXT NOT NULL REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
    entry_ref TEXT NOT NULL,
    entry_date TEXT NOT NULL,
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year')),
    entry_time TEXT,
    approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
    event TEXT NOT NULL,
    source TEXT NOT NULL,
    child_voice TEXT,
    action TEXT,
    impact TEXT CHECK (impact IN ('positive', 'negative', 'neutral')),
    key_event INTEGER NOT NULL DEFAULT 0 CHECK (key_event IN (0, 1)),
    PRIMARY KEY (case_ref, agency_code, entry_ref)
);

CREATE TABLE reviews (
    review_ref TEXT NOT NULL PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('scr', 'lcspr', 'rapid-review', 'macr', 'single-agency-review',
        'child-death-review')),
    child_ref TEXT REFERENCES children (child_ref) DEFERRABLE INITIALLY DEFERRED,
    agency_code TEXT REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
    criterion TEXT,
    incident_on TEXT,
    aware_on TEXT NOT NULL,
    notified_on TEXT,
    decision_on TEXT,
    decision TEXT CHECK (decision IN ('initiate', 'not-initiated', 'pending')),
    letter_on TEXT,
    reviewer TEXT,
    started_on TEXT,
    completed_on TEXT,
    published_on TEXT,
    summary TEXT,
    learning TEXT
);

CREATE TABLE s11_returns (
    cycle TEXT NOT NULL,
    agency_code TEXT NOT NULL REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
    opened_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    submitted_on TEXT,
    moderation INTEGER NOT NULL DEFAULT 0 CHECK (moderation IN (0, 1)),
    PRIMARY KEY (cycle, agency_code)
);

CREATE TABLE s11_scores (
    cycle TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    standard INTEGER NOT NULL CHECK (standard BETWEEN 1 AND 8),
    self_score INTEGER NOT NULL CHECK (self_score BETWEEN 0 AND 3),
    moderated_score INTEGER CHECK (moderated_score BETWEEN 0 AND 3),
    evidence TEXT,
    improvement TEXT,
    deadline TEXT,
    PRIMARY KEY (cycle, agency_code, standard),
    FOREIGN KEY (cycle, agency_code) REFERENCES s11_returns (cycle, agency_code) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE school_audits (
    cycle TEXT NOT NULL,
    agency_code TEXT NOT NULL REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
    area INTEGER NOT NULL CHECK (area BETWEEN 1 AND 14),
    rating TEXT NOT NULL CHECK (rating IN ('red', 'amber', 'green')),
    submitted_on TEXT,
    action TEXT,
    PRIMARY KEY (cycle, agency_code, area)
);

CREATE TABLE single_agency_audits (
    year TEXT NOT NULL,
    agency_code TEXT NOT NULL REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
    submitted_on TEXT,
    audit_activity TEXT,
    performance_information TEXT,
    executive_summary TEXT,
    outcomes TEXT,
    board_message TEXT,
    recommendations TEXT,
    how_actioned TEXT CHECK (how_actioned IN ('author-attending', 'discussion', 'presentation', 'workshop',
        'circulate')),
    PRIMARY KEY (year, agency_code)
);

-- source_ref is polymorphic (its table depends on source_kind), so the ingest resolves it; SQL
-- cannot declare it as a foreign key.
CREATE TABLE actions (
    action_ref TEXT NOT NULL PRIMARY KEY,
    source_kind TEXT NOT NULL CHECK (source_kind IN ('evaluation', 'case', 'review', 's11', 'school-audit',
        'single-agency-audit', 'thematic')),
    source_ref TEXT NOT NULL,
    agency_code TEXT REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
    description TEXT NOT NULL,
    agreed_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'complete', 'cancelled')),
    completed_on TEXT,
    evidence TEXT,
    impact TEXT,
    CHECK (status <> 'complete' OR completed_on IS NOT NULL)
);

CREATE TABLE close_the_loop (
    evaluation_ref TEXT NOT NULL,
    case_ref TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    lead_person TEXT NOT NULL,
    returned_on TEXT NOT NULL,
    worker_notified INTEGER NOT NULL CHECK (worker_notified IN (0, 1)),
    present TEXT,
    overview TEXT,
    reflections TEXT,
    learning TEXT,
    actions TEXT,
    PRIMARY KEY (evaluation_ref, case_ref, agency_code),
    FOREIGN KEY (evaluation_ref, case_ref, agency_code)
        REFERENCES agency_evaluations (evaluation_ref, case_ref, agency_code) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE briefings (
    briefing_ref TEXT NOT NULL PRIMARY KEY,
    title TEXT NOT NULL,
    source_kind TEXT CHECK (source_kind IN ('evaluation', 'review', 'theme')),
    source_ref TEXT,
    published_on TEXT
);

CREATE TABLE briefing_sections (
    briefing_ref TEXT NOT NULL REFERENCES briefings (briefing_ref) DEFERRABLE INITIALLY DEFERRED,
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 7),
    heading TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (briefing_ref, number)
);

-- team is part of the key, and a key column cannot be NULL: a blank team is stored as ''.
CREATE TABLE briefing_uses (
    briefing_ref TEXT NOT NULL REFERENCES briefings (briefing_ref) DEFERRABLE INITIALLY DEFERRED,
    agency_code TEXT NOT NULL REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
    delivered_on TEXT NOT NULL,
    team TEXT NOT NULL DEFAULT '',
    attendees INTEGER NOT NULL CHECK (attendees >= 0),
    actions_agreed TEXT,
    PRIMARY KEY (briefing_ref, agency_code, delivered_on, team)
);

CREATE TABLE learning_events (
    event_ref TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('briefing-session', 'course', 'conference', 'webinar')),
    title TEXT NOT NULL,
    theme TEXT,
    held_on TEXT NOT NULL,
    source_ref TEXT
);

CREATE TABLE attendance (
    event_ref TEXT NOT NULL REFERENCES learning_events (event_ref) DEFERRABLE INITIALLY DEFERRED,
    agency_code TEXT NOT NULL REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
    attendees INTEGER NOT NULL CHECK (attendees >= 0),
    PRIMARY KEY (event_ref, agency_code)
);

CREATE TABLE event_feedback (
    event_ref TEXT NOT NULL REFERENCES learning_events (event_ref) DEFERRABLE INITIALLY DEFERRED,
    respondent_ref TEXT NOT NULL,
    agency_code TEXT REFERENCES agencies (code) DEFERRABLE INITIALLY DEFERRED,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    confidence_before INTEGER CHECK (confidence_before BETWEEN 1 AND 5),
    confidence_after INTEGER CHECK (confidence_after BETWEEN 1 AND 5),
    comment TEXT,
    PRIMARY KEY (event_ref, respondent_ref)
);

-- Read paths the documents use: a child's chronology across agencies, an evaluation's agencies.
CREATE INDEX chronology_by_date ON chronology (case_ref, entry_date, entry_time, agency_code, entry_ref);
CREATE INDEX cases_by_child ON cases (child_ref, case_ref);
