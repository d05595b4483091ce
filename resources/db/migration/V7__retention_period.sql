-- How long a learner's record is kept after their last consultation (PDPA: no longer than needed), in months;
-- learners past it are removed, with their consultations, when the application starts.
-- Never edit this file once landed: add a new numbered script instead.

ALTER TABLE settings ADD COLUMN retention_months INTEGER NOT NULL DEFAULT 24
    CHECK (retention_months BETWEEN 1 AND 1200);
