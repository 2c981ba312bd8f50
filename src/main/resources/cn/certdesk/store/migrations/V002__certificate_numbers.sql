-- V002: gap-free certificate numbers per desk and year (station code + desk code + year + sequence).
-- The row is updated inside the transaction that records the certificate, so a rollback gives
-- the number back; a number that is used and then abandoned is explained by a recorded void.
CREATE TABLE certificate_number_sequence (
    id              TEXT PRIMARY KEY,
    station_code    TEXT NOT NULL,
    desk_code       TEXT NOT NULL,
    year            INTEGER NOT NULL,
    last_sequence   INTEGER NOT NULL CHECK (last_sequence >= 0),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (station_code, desk_code, year)
);
