-- Credentials a learner says they hold that the recognition list does not name ("CompTIA Security+"), recorded
-- with the consultation as the counsellor typed them: never counted, printed under their own heading.
-- Never edit this file once landed: add a new numbered script instead.

CREATE TABLE consultation_unlisted_credential (
    consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    title           TEXT    NOT NULL,
    attained_on     TEXT,
    note            TEXT,
    PRIMARY KEY (consultation_id, position)
);
