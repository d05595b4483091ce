-- A date given as a month alone ("06/2024", "Jun 2024") is stored as the month's first day; this flag keeps that
-- it was a month only, so that a reopened consultation, a restored draft, a returning learner's credentials and
-- the printed summary say "June 2024, taken as 1 Jun 2024" as the screen did when it was typed. 0 for every
-- row stored before: those were typed as whole days (or cannot be told apart any more).
-- And the folder a summary PDF was last saved in, offered first by the next "Save as PDF" (NULL: none yet).
-- Never edit this file once landed: add a new numbered script instead.

ALTER TABLE consultation_credential ADD COLUMN month_only INTEGER NOT NULL DEFAULT 0 CHECK (month_only IN (0, 1));
ALTER TABLE consultation_draft_credential ADD COLUMN month_only INTEGER NOT NULL DEFAULT 0 CHECK (month_only IN (0, 1));
ALTER TABLE held_credential ADD COLUMN month_only INTEGER NOT NULL DEFAULT 0 CHECK (month_only IN (0, 1));
ALTER TABLE consultation_unlisted_credential ADD COLUMN month_only INTEGER NOT NULL DEFAULT 0
    CHECK (month_only IN (0, 1));
ALTER TABLE consultation_draft_unlisted_credential ADD COLUMN month_only INTEGER NOT NULL DEFAULT 0
    CHECK (month_only IN (0, 1));

ALTER TABLE settings ADD COLUMN last_pdf_folder TEXT CHECK (last_pdf_folder IS NULL OR length(last_pdf_folder) <= 4096);
