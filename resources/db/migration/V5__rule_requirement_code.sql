-- Each rule's requirement tree also as one compact text, so that loading an edition at start reads 20,000 rule
-- rows instead of 20,000 rule rows plus 140,000 requirement rows (decision record 0040).
-- The `requirement` table stays the record (its foreign keys check every credential); `requires_code` is derived
-- from it and written with it, in the same import transaction.
-- The code is the tree in pre-order, tokens separated by one space: a credential by its position
-- (e.g. `17`), allOf / anyOf as `a` / `o` followed by the number of parts (e.g. `a2 17 o2 4 9`).
-- Never edit this file once landed: add a new numbered script instead.

ALTER TABLE rule ADD COLUMN requires_code TEXT;

-- Editions stored before this script get their codes from their requirement rows.
UPDATE rule
SET requires_code = (
    SELECT group_concat(
               CASE q.kind
                   WHEN 'HOLDS' THEN CAST(q.credential_position AS TEXT)
                   ELSE (CASE q.kind WHEN 'ALL_OF' THEN 'a' ELSE 'o' END)
                        || (SELECT count(*) FROM requirement c
                            WHERE c.edition_id = q.edition_id AND c.rule_position = q.rule_position
                              AND c.parent = q.node)
               END, ' ' ORDER BY q.node)
    FROM requirement q
    WHERE q.edition_id = rule.edition_id AND q.rule_position = rule.position);
