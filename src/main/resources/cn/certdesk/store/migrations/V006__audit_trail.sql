-- V006: the audit trail (R15, R16; docs/decisions/0013-audit-trail.md). Every action an
-- officer takes — login, logout, failed login, unlock, view of a person's record, create,
-- refuse, approve, reject, void, reprint, print, issue, settings and account changes — is one
-- entry with officer, time, action and object. Entries are hash-chained with SM3: `prev_hash`
-- is the previous entry's `hash` (64 zeros for the first), `hash` is SM3 over the entry's
-- canonical bytes (AuditChain). Triggers refuse UPDATE and DELETE; a change made around them
-- with direct SQL breaks the chain and `certdesk selftest` names the first broken entry.
-- The entry's time is `occurred_at` and is hashed; the usual created_at/updated_at columns are
-- left out on purpose: a column outside the hash would be a column one could change unseen.
-- `object_ref` and `detail` never hold a citizen's name, ID number or phone (AuditText).
CREATE TABLE audit_entry (
    seq            INTEGER PRIMARY KEY,                -- 1, 2, 3 … assigned by the trail, no gaps
    id             TEXT NOT NULL UNIQUE,               -- UUID
    occurred_at    TEXT NOT NULL,                      -- UTC, yyyy-MM-ddTHH:mm:ss.SSSZ
    officer_id     TEXT REFERENCES officer (id),       -- null: the system, or an unknown police number
    police_number  TEXT,                               -- the officer's 警号 at the time
    action         TEXT NOT NULL,                      -- AuditAction
    object_type    TEXT NOT NULL,                      -- application, refusal, resident, officer, setting …
    object_ref     TEXT NOT NULL,                      -- UUID, certificate number, police number or setting key
    detail         TEXT NOT NULL,                      -- key=value facts, no personal data
    prev_hash      TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash           TEXT NOT NULL CHECK (length(hash) = 64)
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_officer ON audit_entry (officer_id, occurred_at);
CREATE INDEX audit_entry_action ON audit_entry (action, occurred_at);

-- Where the chain ends: one row, advanced by exactly one with every entry. It shows a deleted
-- LAST entry, which no successor's link can show.
CREATE TABLE audit_head (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq    INTEGER NOT NULL CHECK (last_seq >= 0),
    last_id     TEXT,
    last_hash   TEXT NOT NULL CHECK (length(last_hash) = 64)
);
INSERT INTO audit_head (id, last_seq, last_id, last_hash)
    VALUES (1, 0, NULL, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit_entry is append-only');
END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit_entry is append-only');
END;
-- An entry must continue the chain where the head says it ends.
CREATE TRIGGER audit_entry_continues_chain BEFORE INSERT ON audit_entry
WHEN NEW.seq IS NOT (SELECT last_seq + 1 FROM audit_head WHERE id = 1)
    OR NEW.prev_hash IS NOT (SELECT last_hash FROM audit_head WHERE id = 1)
BEGIN
    SELECT RAISE(ABORT, 'audit_entry must continue the chain at the head');
END;
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'audit_head cannot be deleted');
END;
-- The head only moves forward by one, to the entry just appended.
CREATE TRIGGER audit_head_advances_by_one BEFORE UPDATE ON audit_head
WHEN NEW.last_seq IS NOT OLD.last_seq + 1
    OR NEW.last_id IS NOT (SELECT id FROM audit_entry WHERE seq = NEW.last_seq)
    OR NEW.last_hash IS NOT (SELECT hash FROM audit_entry WHERE seq = NEW.last_seq)
BEGIN
    SELECT RAISE(ABORT, 'audit_head only advances to the entry just appended');
END;
