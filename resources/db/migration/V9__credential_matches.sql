-- How a learner's digital credential file is recognised as a catalogue credential: the optional "matches" of a
-- credential. One row per entry, in the file's order. Never edit this file once landed: add a new numbered script.

CREATE TABLE credential_match (
    edition_id    INTEGER NOT NULL,
    credential_id TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('achievementId', 'credlyTemplate', 'openCerts')),
    -- the achievement id, the Credly template UUID, or the OpenCerts document store
    value         TEXT    NOT NULL CHECK (value <> ''),
    -- the OpenCerts document name; NULL for the other kinds
    name          TEXT CHECK ((kind = 'openCerts') = (name IS NOT NULL)),
    PRIMARY KEY (edition_id, credential_id, position),
    FOREIGN KEY (edition_id, credential_id) REFERENCES credential (edition_id, id) ON DELETE CASCADE
) WITHOUT ROWID;
