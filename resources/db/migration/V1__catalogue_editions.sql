-- Catalogue editions, normalised and keyed by edition so that several editions live side by side.
-- Child tables are WITHOUT ROWID: they are read whole, in key order, when an edition is loaded.
-- Never edit this file once landed: add a new numbered script instead.

CREATE TABLE edition (
    id                    INTEGER PRIMARY KEY,
    version               TEXT    NOT NULL UNIQUE CHECK (trim(version) <> ''),
    published_on          TEXT    NOT NULL,
    institution           TEXT    NOT NULL,
    default_recency_years INTEGER CHECK (default_recency_years IS NULL OR default_recency_years >= 1),
    imported_at           TEXT    NOT NULL,
    content_sha256        TEXT    NOT NULL
);

-- At most one row: the edition in use. Switching editions is one UPDATE inside the import transaction.
CREATE TABLE active_edition (
    singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
    edition_id INTEGER NOT NULL REFERENCES edition (id)
);

CREATE TABLE edition_contact (
    edition_id INTEGER PRIMARY KEY REFERENCES edition (id) ON DELETE CASCADE,
    name       TEXT,
    phone      TEXT,
    email      TEXT,
    website    TEXT,
    address    TEXT,
    hours      TEXT
);

CREATE TABLE source (
    edition_id   INTEGER NOT NULL REFERENCES edition (id) ON DELETE CASCADE,
    id           TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    title        TEXT    NOT NULL,
    url          TEXT    NOT NULL,
    retrieved_on TEXT    NOT NULL,
    PRIMARY KEY (edition_id, id)
) WITHOUT ROWID;

CREATE TABLE issuer (
    edition_id INTEGER NOT NULL REFERENCES edition (id) ON DELETE CASCADE,
    id         TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    PRIMARY KEY (edition_id, id)
) WITHOUT ROWID;

-- position is the credential's place in the file, and the compact key requirement nodes refer to it by.
CREATE TABLE credential (
    edition_id  INTEGER NOT NULL REFERENCES edition (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    id          TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    issuer_id   TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('SHORT_COURSE', 'NANODEGREE', 'INDUSTRY_CERTIFICATION', 'MODULE', 'OTHER')),
    hours       REAL CHECK (hours IS NULL OR hours >= 0),
    description TEXT,
    PRIMARY KEY (edition_id, position),
    UNIQUE (edition_id, id),
    FOREIGN KEY (edition_id, issuer_id) REFERENCES issuer (edition_id, id)
) WITHOUT ROWID;

CREATE TABLE credential_alias (
    edition_id    INTEGER NOT NULL,
    credential_id TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    alias         TEXT    NOT NULL,
    PRIMARY KEY (edition_id, credential_id, position),
    FOREIGN KEY (edition_id, credential_id) REFERENCES credential (edition_id, id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE qualification (
    edition_id         INTEGER NOT NULL REFERENCES edition (id) ON DELETE CASCADE,
    id                 TEXT    NOT NULL,
    position           INTEGER NOT NULL,
    code               TEXT,
    title              TEXT    NOT NULL,
    level              TEXT    NOT NULL CHECK (level IN ('CERTIFICATE', 'DIPLOMA', 'SPECIALIST_DIPLOMA', 'ADVANCED_DIPLOMA', 'DEGREE', 'OTHER')),
    structure_complete INTEGER NOT NULL CHECK (structure_complete IN (0, 1)),
    PRIMARY KEY (edition_id, id)
) WITHOUT ROWID;

CREATE TABLE module (
    edition_id       INTEGER NOT NULL,
    qualification_id TEXT    NOT NULL,
    id               TEXT    NOT NULL,
    position         INTEGER NOT NULL,
    code             TEXT,
    title            TEXT    NOT NULL,
    hours            REAL CHECK (hours IS NULL OR hours >= 0),
    credits          REAL CHECK (credits IS NULL OR credits >= 0),
    PRIMARY KEY (edition_id, qualification_id, id),
    FOREIGN KEY (edition_id, qualification_id) REFERENCES qualification (edition_id, id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE certificate (
    edition_id       INTEGER NOT NULL,
    qualification_id TEXT    NOT NULL,
    id               TEXT    NOT NULL,
    position         INTEGER NOT NULL,
    title            TEXT    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('PDC', 'MODULAR_CERTIFICATE', 'OTHER')),
    PRIMARY KEY (edition_id, qualification_id, id),
    FOREIGN KEY (edition_id, qualification_id) REFERENCES qualification (edition_id, id) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE certificate_module (
    edition_id       INTEGER NOT NULL,
    qualification_id TEXT    NOT NULL,
    certificate_id   TEXT    NOT NULL,
    position         INTEGER NOT NULL,
    module_id        TEXT    NOT NULL,
    PRIMARY KEY (edition_id, qualification_id, certificate_id, position),
    -- a module belongs to at most one certificate of its qualification
    UNIQUE (edition_id, qualification_id, module_id),
    FOREIGN KEY (edition_id, qualification_id, certificate_id)
        REFERENCES certificate (edition_id, qualification_id, id) ON DELETE CASCADE,
    FOREIGN KEY (edition_id, qualification_id, module_id)
        REFERENCES module (edition_id, qualification_id, id) ON DELETE CASCADE
) WITHOUT ROWID;

-- position is the rule's place in the file, and the compact key of its requirement nodes.
CREATE TABLE rule (
    edition_id             INTEGER NOT NULL,
    position               INTEGER NOT NULL,
    id                     TEXT    NOT NULL,
    qualification_id       TEXT    NOT NULL,
    exempts_module_id      TEXT,
    exempts_certificate_id TEXT,
    recency_years          INTEGER CHECK (recency_years IS NULL OR recency_years >= 1),
    effective_from         TEXT,
    effective_until        TEXT,
    source_id              TEXT    NOT NULL,
    note                   TEXT,
    PRIMARY KEY (edition_id, position),
    UNIQUE (edition_id, id),
    CHECK ((exempts_module_id IS NULL) <> (exempts_certificate_id IS NULL)),
    FOREIGN KEY (edition_id, qualification_id) REFERENCES qualification (edition_id, id) ON DELETE CASCADE,
    FOREIGN KEY (edition_id, qualification_id, exempts_module_id)
        REFERENCES module (edition_id, qualification_id, id),
    FOREIGN KEY (edition_id, qualification_id, exempts_certificate_id)
        REFERENCES certificate (edition_id, qualification_id, id),
    FOREIGN KEY (edition_id, source_id) REFERENCES source (edition_id, id)
) WITHOUT ROWID;

-- A rule's requirement tree, one row per node, numbered in pre-order from 0 (the root) within the rule.
-- Nodes refer to their rule and credential by position: the largest table of an edition stays all integers,
-- which keeps the load of an edition with tens of thousands of rules fast.
CREATE TABLE requirement (
    edition_id          INTEGER NOT NULL,
    rule_position       INTEGER NOT NULL,
    node                INTEGER NOT NULL,
    parent              INTEGER,
    kind                TEXT    NOT NULL CHECK (kind IN ('HOLDS', 'ALL_OF', 'ANY_OF')),
    credential_position INTEGER,
    PRIMARY KEY (edition_id, rule_position, node),
    CHECK ((kind = 'HOLDS') = (credential_position IS NOT NULL)),
    CHECK ((node = 0) = (parent IS NULL)),
    FOREIGN KEY (edition_id, rule_position) REFERENCES rule (edition_id, position) ON DELETE CASCADE,
    FOREIGN KEY (edition_id, credential_position) REFERENCES credential (edition_id, position)
) WITHOUT ROWID;
