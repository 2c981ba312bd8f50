-- V003: search keys for the population register (applicant identification).
--
-- resident.pinyin_initials / pinyin_full hold every reading of the name, lower-case a-z,
-- alternatives separated by one space, at most 8 (domain.population.NamePinyin), e.g. 单田芳 →
-- 'stf dtf ctf' / 'shantianfang dantianfang chantianfang'. Both stay '' until filled: rows of a
-- store migrated from V002 are filled by store.population.PinyinBackfill when the store is opened.
--
-- A prefix search must find a resident by ANY alternative, not only the first, so the columns are
-- not indexed themselves: triggers copy each alternative into resident_pinyin, one row per
-- (kind, key), and a B-tree range on that table's primary key answers 'zs%' as
-- key >= 'zs' AND key < 'zt' (binary collation: no LIKE/NOCASE caveats, the keys are lower-case).
-- resident_pinyin is a derived index table, not a record: no UUID id, no timestamps; it is
-- WITHOUT ROWID so that VACUUM (and VACUUM INTO backups) cannot break the link to resident.

ALTER TABLE resident ADD COLUMN pinyin_initials TEXT NOT NULL DEFAULT ''
    CHECK (pinyin_initials NOT GLOB '*[^a-z ]*');
ALTER TABLE resident ADD COLUMN pinyin_full TEXT NOT NULL DEFAULT ''
    CHECK (pinyin_full NOT GLOB '*[^a-z ]*');

-- Rows still to be filled by the backfill; stays empty (and cheap) once a store is filled.
CREATE INDEX resident_pinyin_pending ON resident (id) WHERE pinyin_initials = '' AND pinyin_full = '';

-- Former names (曾用名) are searched by scanning only the residents that have any.
CREATE INDEX resident_former_names ON resident (former_names) WHERE former_names <> '';

CREATE TABLE resident_pinyin (
    kind          TEXT NOT NULL CHECK (kind IN ('i', 'f')),   -- i: initials, f: full pinyin
    key           TEXT NOT NULL,
    resident_id   TEXT NOT NULL REFERENCES resident (id),
    PRIMARY KEY (kind, key, resident_id)
) WITHOUT ROWID;
CREATE INDEX resident_pinyin_resident ON resident_pinyin (resident_id);

-- The CHECKs above keep the columns to a-z and spaces, so splitting them as a JSON array is safe.
CREATE TRIGGER resident_pinyin_after_insert AFTER INSERT ON resident
BEGIN
    INSERT OR IGNORE INTO resident_pinyin (kind, key, resident_id)
        SELECT 'i', value, NEW.id FROM json_each('["' || replace(NEW.pinyin_initials, ' ', '","') || '"]')
        WHERE value <> '';
    INSERT OR IGNORE INTO resident_pinyin (kind, key, resident_id)
        SELECT 'f', value, NEW.id FROM json_each('["' || replace(NEW.pinyin_full, ' ', '","') || '"]')
        WHERE value <> '';
END;

CREATE TRIGGER resident_pinyin_after_update AFTER UPDATE OF pinyin_initials, pinyin_full ON resident
BEGIN
    DELETE FROM resident_pinyin WHERE resident_id = OLD.id;
    INSERT OR IGNORE INTO resident_pinyin (kind, key, resident_id)
        SELECT 'i', value, NEW.id FROM json_each('["' || replace(NEW.pinyin_initials, ' ', '","') || '"]')
        WHERE value <> '';
    INSERT OR IGNORE INTO resident_pinyin (kind, key, resident_id)
        SELECT 'f', value, NEW.id FROM json_each('["' || replace(NEW.pinyin_full, ' ', '","') || '"]')
        WHERE value <> '';
END;

CREATE TRIGGER resident_pinyin_before_delete BEFORE DELETE ON resident
BEGIN
    DELETE FROM resident_pinyin WHERE resident_id = OLD.id;
END;
