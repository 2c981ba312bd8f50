-- V001: the foundation schema.
-- Conventions (docs/decisions/0003-sqlite-store-and-migrations.md):
--   * every record has a UUID primary key `id` (TEXT, lower-case, 36 chars) and
--     `created_at` / `updated_at` timestamps (ISO-8601 UTC instants, TEXT);
--   * records about applications and certificates are append-only events in
--     `record_event`: triggers refuse UPDATE and DELETE, a correction is a new event;
--     `seq` gives the local order a later sync ships exactly once;
--   * `synthetic` = 1 marks generated demo data; a store holds either demo data or
--     real records, never both (see station.synthetic).

CREATE TABLE station (
    id            TEXT PRIMARY KEY,
    station_code  TEXT NOT NULL,              -- provincial station code, 12 digits
    name          TEXT NOT NULL,              -- e.g. 长春市公安局南关分局自强派出所
    region_code   TEXT NOT NULL,              -- GB/T 2260 code of the station's area
    desk_code     TEXT NOT NULL,              -- this desk PC within the station, 2 digits
    synthetic     INTEGER NOT NULL CHECK (synthetic IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
-- One desk PC belongs to exactly one station.
CREATE UNIQUE INDEX station_single_row ON station ((1));

CREATE TABLE officer (
    id               TEXT PRIMARY KEY,
    police_number    TEXT NOT NULL UNIQUE,    -- 警号
    name             TEXT NOT NULL,
    roles            TEXT NOT NULL,           -- comma-separated Role codes
    password_hash    TEXT NOT NULL,           -- PHC string, Argon2id
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_at        TEXT,                    -- set after 5 failed attempts; an administrator unlocks
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    synthetic        INTEGER NOT NULL CHECK (synthetic IN (0, 1)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE setting (
    id          TEXT PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    value       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Population register (常住人口登记): households and residents of the station's area.
CREATE TABLE household (
    id                 TEXT PRIMARY KEY,
    household_number   TEXT NOT NULL UNIQUE,   -- 户号
    household_type     TEXT NOT NULL,          -- 家庭户 / 集体户
    address            TEXT NOT NULL,          -- 住址
    region_code        TEXT NOT NULL,
    split_from_id      TEXT REFERENCES household (id),  -- 分户: the household this one split from
    closed_on          TEXT,                   -- the household was cancelled (all moved / merged)
    closed_reason      TEXT,
    synthetic          INTEGER NOT NULL CHECK (synthetic IN (0, 1)),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

CREATE TABLE resident (
    id             TEXT PRIMARY KEY,
    id_number      TEXT NOT NULL UNIQUE,       -- 公民身份号码, 18 characters, upper-case X
    name           TEXT NOT NULL,              -- may hold characters outside the BMP
    former_names   TEXT NOT NULL DEFAULT '',   -- 曾用名, '|' separated
    gender         TEXT NOT NULL CHECK (gender IN ('M', 'F')),
    ethnicity      TEXT NOT NULL,              -- 民族
    birth_date     TEXT NOT NULL,              -- ISO date
    birth_place    TEXT NOT NULL,
    deceased_on    TEXT,                       -- ISO date, null while alive
    synthetic      INTEGER NOT NULL CHECK (synthetic IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX resident_name ON resident (name);

-- A resident's place in a household over time; former households stay (left_on set),
-- so kinship across split or moved households can be shown later (R06).
CREATE TABLE household_member (
    id             TEXT PRIMARY KEY,
    household_id   TEXT NOT NULL REFERENCES household (id),
    resident_id    TEXT NOT NULL REFERENCES resident (id),
    relation       TEXT NOT NULL,              -- 与户主关系: 户主, 配偶, 子, 女, 父, 母 ...
    joined_on      TEXT NOT NULL,
    left_on        TEXT,
    left_reason    TEXT,                       -- 分户, 迁出, 死亡 ...
    synthetic      INTEGER NOT NULL CHECK (synthetic IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX household_member_household ON household_member (household_id);
CREATE INDEX household_member_resident ON household_member (resident_id);

-- Append-only events about applications and certificates (and later refusals, approvals,
-- prints). `aggregate_id` is the application's UUID; `payload` is JSON.
CREATE TABLE record_event (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    aggregate_type  TEXT NOT NULL,
    aggregate_id    TEXT NOT NULL,
    event_type      TEXT NOT NULL,
    payload         TEXT NOT NULL,
    officer_id      TEXT REFERENCES officer (id),
    station_id      TEXT NOT NULL REFERENCES station (id),
    occurred_at     TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX record_event_aggregate ON record_event (aggregate_id);

CREATE TRIGGER record_event_no_update BEFORE UPDATE ON record_event
BEGIN
    SELECT RAISE(ABORT, 'record_event is append-only: record a new event instead');
END;
CREATE TRIGGER record_event_no_delete BEFORE DELETE ON record_event
BEGIN
    SELECT RAISE(ABORT, 'record_event is append-only: record a new event instead');
END;
