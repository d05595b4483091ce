-- What the counsellor entered in a consultation: the credentials held at the time, with their evidence notes,
-- so that a reopened consultation shows what was entered even after the learner's credentials change.
-- Planned ("what if") credentials are never stored here: they are not held.
-- Never edit this file once landed: add a new numbered script instead.

CREATE TABLE consultation_credential (
    consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    credential_id   TEXT    NOT NULL,
    attained_on     TEXT    NOT NULL,
    evidence        TEXT,
    PRIMARY KEY (consultation_id, position)
);
