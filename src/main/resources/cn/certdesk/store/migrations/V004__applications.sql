-- V004: the application projection — one row per certificate application, derived from the
-- append-only record_event log (aggregate_type 'certificate'). It is updated in the same
-- transaction as every event and can be rebuilt from the log at any time
-- (ApplicationService.rebuildProjection); the events, not this table, are the record (R15).
-- Lists read it; they show masked ID numbers only (R16).
CREATE TABLE application (
    id                   TEXT PRIMARY KEY,            -- the aggregate id of the certificate's events
    certificate_number   TEXT NOT NULL UNIQUE,        -- e.g. 220102001001-01-2026-000123
    station_code         TEXT NOT NULL,
    desk_code            TEXT NOT NULL,
    number_year          INTEGER NOT NULL,
    number_sequence      INTEGER NOT NULL,
    kind_code            TEXT NOT NULL,               -- catalogue code
    status               TEXT NOT NULL CHECK (status IN
                             ('CREATED', 'AWAITING_APPROVAL', 'APPROVED', 'REJECTED', 'ISSUED', 'VOIDED')),
    print_state          TEXT NOT NULL,               -- PrintState
    applicant_name       TEXT NOT NULL,
    applicant_id_number  TEXT NOT NULL,               -- full number, for search only; lists mask it
    applicant_checked    INTEGER NOT NULL CHECK (applicant_checked IN (0, 1)), -- 0: manual entry, not checked against the register
    officer_id           TEXT NOT NULL,               -- who created it
    approved_by          TEXT,
    route                TEXT NOT NULL CHECK (route IN ('NORMAL', 'TRANSITION_OVERRIDE', 'SPECIAL_CASE_OVERRIDE')), -- R13 / R14 statistics
    created_on           TEXT NOT NULL,               -- local date of the desk, for date-range search
    due_date             TEXT NOT NULL,               -- R09
    due_estimated        INTEGER NOT NULL CHECK (due_estimated IN (0, 1)),
    issued_before_void   INTEGER NOT NULL CHECK (issued_before_void IN (0, 1)),
    reprint_count        INTEGER NOT NULL CHECK (reprint_count >= 0),
    last_event_seq       INTEGER NOT NULL,
    created_at           TEXT NOT NULL,               -- occurred_at of application-created
    updated_at           TEXT NOT NULL                -- occurred_at of the latest event
);
CREATE UNIQUE INDEX application_number ON application (station_code, desk_code, number_year, number_sequence);
CREATE INDEX application_status_due ON application (status, due_date);
CREATE INDEX application_applicant_name ON application (applicant_name);
CREATE INDEX application_applicant_id_number ON application (applicant_id_number);
CREATE INDEX application_created_on ON application (created_on);
CREATE INDEX application_kind ON application (kind_code);
CREATE INDEX record_event_type ON record_event (aggregate_type, event_type);
