-- History across learners: the exemptions each saved consultation granted, as its report snapshot recorded them
-- (qualifications[].exemptedCertificates and exemptedModules of the advise --json report), so that History can
-- show and search them without reading every report. Filled from the snapshot by a trigger on every new
-- consultation and, below, for those already saved; the snapshot never changes, so neither does this.
-- Nothing personal is held here: module and certificate titles of the catalogue only.
-- Never edit this file once landed: add a new numbered script instead.

CREATE TABLE consultation_exemption (
    consultation_id INTEGER NOT NULL REFERENCES consultation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('certificate', 'module')),
    target_id       TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    PRIMARY KEY (consultation_id, position)
);

-- Certificates first, then modules, each in the report's order; a report that is not valid JSON adds nothing.
CREATE TRIGGER consultation_exemption_from_report AFTER INSERT ON consultation
WHEN json_valid(new.report_json)
BEGIN
    INSERT INTO consultation_exemption (consultation_id, position, kind, target_id, title)
    SELECT new.id, row_number() OVER (ORDER BY k.kind_order, q.key, e.key), k.kind,
           json_extract(e.value, '$.id'), json_extract(e.value, '$.title')
    FROM json_each(new.report_json, '$.qualifications') AS q
         JOIN (SELECT 0 AS kind_order, 'certificate' AS kind, '$.exemptedCertificates' AS path
               UNION ALL SELECT 1, 'module', '$.exemptedModules') AS k
         JOIN json_each(q.value, k.path) AS e
    WHERE json_extract(e.value, '$.id') IS NOT NULL AND json_extract(e.value, '$.title') IS NOT NULL;
END;

INSERT INTO consultation_exemption (consultation_id, position, kind, target_id, title)
SELECT c.id, row_number() OVER (PARTITION BY c.id ORDER BY k.kind_order, q.key, e.key), k.kind,
       json_extract(e.value, '$.id'), json_extract(e.value, '$.title')
FROM consultation AS c
     JOIN json_each(CASE WHEN json_valid(c.report_json) THEN c.report_json ELSE '{}' END, '$.qualifications') AS q
     JOIN (SELECT 0 AS kind_order, 'certificate' AS kind, '$.exemptedCertificates' AS path
           UNION ALL SELECT 1, 'module', '$.exemptedModules') AS k
     JOIN json_each(q.value, k.path) AS e
WHERE json_extract(e.value, '$.id') IS NOT NULL AND json_extract(e.value, '$.title') IS NOT NULL;

-- Newest first across learners, bounded: read backwards along this index, never sorting the whole table.
CREATE INDEX consultation_by_time ON consultation (held_at, id);

-- The text size of the window, in percent of the normal size (Ctrl+= larger, Ctrl+- smaller, Ctrl+0 normal).
ALTER TABLE settings ADD COLUMN text_size INTEGER NOT NULL DEFAULT 100 CHECK (text_size BETWEEN 50 AND 300);
