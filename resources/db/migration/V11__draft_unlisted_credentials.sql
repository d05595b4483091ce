-- Credentials recorded as not on the recognition list (as in V10) while the consultation is still in progress:
-- kept with the draft of V6 on every change, so that a crash loses them no more than the listed ones, and gone
-- with the draft (saved, discarded, or its learner erased).
-- Never edit this file once landed: add a new numbered script instead.

CREATE TABLE consultation_draft_unlisted_credential (
    position    INTEGER PRIMARY KEY,
    draft       INTEGER NOT NULL REFERENCES consultation_draft (singleton) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    -- NULL when not known or not entered yet
    attained_on TEXT,
    note        TEXT
);
