-- Two machines may both write a book while apart; merging them afterwards matches records by a
-- lasting identifier (uid), keeps the newer by updated_at, and must tell "deleted there" from
-- "never existed here". So every table of user data gets a uid and an updated_at, and a delete of
-- such a record leaves a mark in tombstones.

-- The tables that had no uid or updated_at get them; existing rows are given theirs here, new rows
-- by a trigger, so every statement that inserts them stays as it is.
ALTER TABLE person_types ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE person_types ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE person_types SET uid = lower(hex(randomblob(16))), updated_at = created_at;
CREATE UNIQUE INDEX person_types_uid ON person_types(uid) WHERE uid != '';
CREATE TRIGGER person_types_new_uid AFTER INSERT ON person_types WHEN NEW.uid = '' BEGIN
  UPDATE person_types SET uid = lower(hex(randomblob(16))), updated_at = max(NEW.updated_at, NEW.created_at) WHERE id = NEW.id;
END;

ALTER TABLE segments ADD COLUMN uid TEXT NOT NULL DEFAULT '';
UPDATE segments SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX segments_uid ON segments(uid) WHERE uid != '';
CREATE TRIGGER segments_new_uid AFTER INSERT ON segments WHEN NEW.uid = '' BEGIN
  UPDATE segments SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

ALTER TABLE level_changes ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE level_changes ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE level_changes SET uid = lower(hex(randomblob(16))), updated_at = created_at;
CREATE UNIQUE INDEX level_changes_uid ON level_changes(uid) WHERE uid != '';
CREATE TRIGGER level_changes_new_uid AFTER INSERT ON level_changes WHEN NEW.uid = '' BEGIN
  UPDATE level_changes SET uid = lower(hex(randomblob(16))), updated_at = max(NEW.updated_at, NEW.created_at) WHERE id = NEW.id;
END;

-- A row changed without its updated_at (person type notes, say) still shows it changed.
CREATE TRIGGER person_types_touched AFTER UPDATE ON person_types WHEN NEW.updated_at = OLD.updated_at BEGIN
  UPDATE person_types SET updated_at = unixepoch() WHERE id = NEW.id;
END;

-- The marks of deleted records. A mark counts only while no row with its uid exists: a reminder
-- taken back from its trash, say, comes back with its uid.
CREATE TABLE tombstones (
  uid        TEXT PRIMARY KEY,
  table_name TEXT NOT NULL,
  deleted_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER customers_tombstone AFTER DELETE ON customers BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'customers', unixepoch());
END;
CREATE TRIGGER contacts_tombstone AFTER DELETE ON contacts BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'contacts', unixepoch());
END;
CREATE TRIGGER interactions_tombstone AFTER DELETE ON interactions BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'interactions', unixepoch());
END;
CREATE TRIGGER deals_tombstone AFTER DELETE ON deals BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'deals', unixepoch());
END;
CREATE TRIGGER payments_tombstone AFTER DELETE ON payments BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'payments', unixepoch());
END;
CREATE TRIGGER reminders_tombstone AFTER DELETE ON reminders BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'reminders', unixepoch());
END;
CREATE TRIGGER complaints_tombstone AFTER DELETE ON complaints BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'complaints', unixepoch());
END;
CREATE TRIGGER person_types_tombstone AFTER DELETE ON person_types BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'person_types', unixepoch());
END;
CREATE TRIGGER segments_tombstone AFTER DELETE ON segments BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'segments', unixepoch());
END;
CREATE TRIGGER level_changes_tombstone AFTER DELETE ON level_changes BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'level_changes', unixepoch());
END;
