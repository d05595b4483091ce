-- Learners, the credentials they hold and their consultations. Personal data is kept minimal: a name,
-- optional contact details and notes; never a national identity number.
-- Credential ids are not tied to an edition: a learner's record outlives catalogue changes.
-- Never edit this file once landed: add a new numbered script instead.

CREATE TABLE learner (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (trim(name) <> ''),
    email      TEXT,
    phone      TEXT,
    notes      TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX learner_by_name ON learner (name COLLATE NOCASE);

CREATE TABLE held_credential (
    id            INTEGER PRIMARY KEY,
    learner_id    INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    credential_id TEXT    NOT NULL,
    attained_on   TEXT    NOT NULL,
    evidence      TEXT
);

CREATE INDEX held_credential_by_learner ON held_credential (learner_id);

-- The report is a snapshot (the JSON report as shown), so an old consultation reads the same after the
-- catalogue changes; catalogue_version names the edition used, as text, not as a reference.
CREATE TABLE consultation (
    id                INTEGER PRIMARY KEY,
    learner_id        INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    held_at           TEXT    NOT NULL,
    counsellor        TEXT,
    as_of             TEXT    NOT NULL,
    intake            TEXT,
    catalogue_version TEXT    NOT NULL,
    report_json       TEXT    NOT NULL,
    notes             TEXT
);

CREATE INDEX consultation_by_learner ON consultation (learner_id, held_at);
