-- V005: the archive of PDFs that left the desk (certificates, stubs, refusal notices, NCR
-- application forms). Append-only like record_event (R15): a reprint prints the archived bytes,
-- history opens them. The same bytes are stored once per aggregate and kind.
CREATE TABLE archived_document (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,               -- UUID
    aggregate_id  TEXT NOT NULL,                      -- the application or refusal
    kind          TEXT NOT NULL CHECK (kind IN ('CERTIFICATE', 'STUB', 'REFUSAL_NOTICE', 'NCR_APPLICATION_FORM')),
    reference     TEXT NOT NULL,                      -- certificate or notice number
    sha256        TEXT NOT NULL,
    size          INTEGER NOT NULL CHECK (size > 0),
    content       BLOB NOT NULL,
    officer_id    TEXT NOT NULL,
    archived_at   TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (aggregate_id, kind, sha256)
);
CREATE INDEX archived_document_aggregate ON archived_document (aggregate_id, seq);
CREATE TRIGGER archived_document_no_update BEFORE UPDATE ON archived_document
BEGIN
    SELECT RAISE(ABORT, 'archived_document is append-only');
END;
CREATE TRIGGER archived_document_no_delete BEFORE DELETE ON archived_document
BEGIN
    SELECT RAISE(ABORT, 'archived_document is append-only');
END;
