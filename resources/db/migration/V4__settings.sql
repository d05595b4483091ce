-- The user's settings: one row, one typed column per setting (a new setting is an ALTER TABLE ... ADD COLUMN
-- in a later script). The row always exists, so reading never has to tell "no row" from "nothing set".
-- Never edit this file once landed: add a new numbered script instead.

CREATE TABLE settings (
    singleton       INTEGER PRIMARY KEY CHECK (singleton = 1),
    -- NULL: none stored; the operating system's user name is used
    counsellor_name TEXT CHECK (counsellor_name IS NULL OR (trim(counsellor_name) <> '' AND length(counsellor_name) <= 200)),
    theme           TEXT NOT NULL DEFAULT 'light' CHECK (theme IN ('light', 'dark'))
);

INSERT INTO settings (singleton) VALUES (1);
