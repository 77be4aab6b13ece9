-- The personality catalog and the settings are user data too: the user edits the catalog and sets
-- the plans, holidays and thresholds. A merge of two books written apart must carry their changes
-- and deletes as it does the records' (0018), so they get a uid, an updated_at and a delete mark.

-- Rows that exist already are not known to have changed since any two books parted: updated_at 0.
-- New rows get theirs from a trigger, so every statement that inserts them stays as it is.
ALTER TABLE typologies ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE typologies ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE typologies SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX typologies_uid ON typologies(uid) WHERE uid != '';
CREATE TRIGGER typologies_new_uid AFTER INSERT ON typologies WHEN NEW.uid = '' BEGIN
  UPDATE typologies SET uid = lower(hex(randomblob(16))),
    updated_at = CASE WHEN NEW.updated_at = 0 THEN unixepoch() ELSE NEW.updated_at END WHERE code = NEW.code;
END;
-- A row changed by a statement that did not set updated_at (an import's ON CONFLICT, say) still
-- shows it changed.
CREATE TRIGGER typologies_touched AFTER UPDATE ON typologies WHEN NEW.updated_at = OLD.updated_at
  AND (NEW.name_zh, NEW.name_en, NEW.about_zh, NEW.about_en, NEW.position)
  IS NOT (OLD.name_zh, OLD.name_en, OLD.about_zh, OLD.about_en, OLD.position) BEGIN
  UPDATE typologies SET updated_at = unixepoch() WHERE code = NEW.code;
END;
CREATE TRIGGER typologies_tombstone AFTER DELETE ON typologies BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'typologies', unixepoch());
END;

ALTER TABLE personality_types ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE personality_types ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE personality_types SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX personality_types_uid ON personality_types(uid) WHERE uid != '';
CREATE TRIGGER personality_types_new_uid AFTER INSERT ON personality_types WHEN NEW.uid = '' BEGIN
  UPDATE personality_types SET uid = lower(hex(randomblob(16))),
    updated_at = CASE WHEN NEW.updated_at = 0 THEN unixepoch() ELSE NEW.updated_at END WHERE code = NEW.code;
END;
CREATE TRIGGER personality_types_touched AFTER UPDATE ON personality_types WHEN NEW.updated_at = OLD.updated_at
  AND (NEW.typology, NEW.name_zh, NEW.name_en, NEW.traits_zh, NEW.traits_en, NEW.approach_zh, NEW.approach_en,
       NEW.avoid_zh, NEW.avoid_en, NEW.position)
  IS NOT (OLD.typology, OLD.name_zh, OLD.name_en, OLD.traits_zh, OLD.traits_en, OLD.approach_zh, OLD.approach_en,
       OLD.avoid_zh, OLD.avoid_en, OLD.position) BEGIN
  UPDATE personality_types SET updated_at = unixepoch() WHERE code = NEW.code;
END;
CREATE TRIGGER personality_types_tombstone AFTER DELETE ON personality_types BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'personality_types', unixepoch());
END;

-- A setting's key is the same on every machine, so it is its lasting identity: two machines that
-- set the same thing apart meet on one record. The uid is the key, kept by SQLite itself.
ALTER TABLE settings ADD COLUMN uid TEXT GENERATED ALWAYS AS (key) VIRTUAL;
ALTER TABLE settings ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER settings_new AFTER INSERT ON settings WHEN NEW.updated_at = 0 BEGIN
  UPDATE settings SET updated_at = unixepoch() WHERE key = NEW.key;
END;
CREATE TRIGGER settings_touched AFTER UPDATE ON settings WHEN NEW.updated_at = OLD.updated_at
  AND NEW.value IS NOT OLD.value BEGIN
  UPDATE settings SET updated_at = unixepoch() WHERE key = NEW.key;
END;
CREATE TRIGGER settings_tombstone AFTER DELETE ON settings BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.key, 'settings', unixepoch());
END;
