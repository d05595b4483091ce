-- The consultation in progress, kept on every change so that a crash or a power cut loses nothing: at most one
-- draft (one window writes the database at a time), offered back at the next start and removed once the
-- consultation is saved or discarded. Personal data as in V2: a name, optional contact; no identity number.
-- Never edit this file once landed: add a new numbered script instead.

CREATE TABLE consultation_draft (
    singleton         INTEGER PRIMARY KEY CHECK (singleton = 1),
    kept_at           TEXT    NOT NULL,
    learner_id        INTEGER REFERENCES learner (id) ON DELETE CASCADE, -- erasing the learner erases it too
    learner_name      TEXT    NOT NULL,
    learner_contact   TEXT,
    counsellor        TEXT,
    as_of             TEXT    NOT NULL,
    intake            TEXT,
    catalogue_version TEXT
);

CREATE TABLE consultation_draft_credential (
    position      INTEGER PRIMARY KEY,
    draft         INTEGER NOT NULL REFERENCES consultation_draft (singleton) ON DELETE CASCADE,
    credential_id TEXT    NOT NULL,
    -- NULL while the counsellor has not entered the date yet
    attained_on   TEXT,
    evidence      TEXT,
    planned       INTEGER NOT NULL CHECK (planned IN (0, 1))
);

-- Whether the counsellor was asked for their name at the first start (answered or skipped): asked once only.
ALTER TABLE settings ADD COLUMN counsellor_asked INTEGER NOT NULL DEFAULT 0 CHECK (counsellor_asked IN (0, 1));
