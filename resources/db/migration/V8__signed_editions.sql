-- Signed catalogue editions: the public keys this laptop trusts, and who signed each stored edition.
-- Never edit this file once landed: add a new numbered script instead.

CREATE TABLE trusted_key (
    -- the first 16 hexadecimal digits of the SHA-256 of the key's Base64 X.509 encoding
    id         TEXT PRIMARY KEY CHECK (length(id) = 16),
    -- an Ed25519 public key: its X.509 encoding in Base64
    public_key TEXT NOT NULL UNIQUE,
    added_at   TEXT NOT NULL
);

-- NULL: imported without a verified signature (unsigned, or before this script);
-- 'shipped': the catalogue shipped inside the application; otherwise the id of the key that signed it.
ALTER TABLE edition ADD COLUMN signed_by TEXT;
