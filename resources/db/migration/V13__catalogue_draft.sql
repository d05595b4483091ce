-- The catalogue draft the programme office is writing (docs/decisions/0120): at most one, held as the text of the
-- catalogue file it would publish, so that states not yet valid are kept as they were typed. Replaced whole on
-- every keep, in one transaction.
-- Never edit this file once landed: add a new numbered script instead.

CREATE TABLE catalogue_draft (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    -- the version of the edition the draft started from; NULL when it started empty
    based_on  TEXT,
    content   TEXT    NOT NULL,
    -- when it was last kept, an ISO-8601 instant
    kept_at   TEXT    NOT NULL
);
