-- The marks a user leaves on the follow-up — a planned visit or call put off, a greeting marked
-- sent — are user data too: a merge of two books written apart must carry their changes and
-- deletes as it does the records' (0018) and the catalog's (0025), so they get a uid, an
-- updated_at and a delete mark. Each statement that writes them sets both from the store's clock.

-- Rows that exist already are not known to have changed since any two books parted: updated_at 0.
ALTER TABLE plan_snoozes ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE plan_snoozes ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE plan_snoozes SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX plan_snoozes_uid ON plan_snoozes(uid);
CREATE TRIGGER plan_snoozes_tombstone AFTER DELETE ON plan_snoozes BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'plan_snoozes', unixepoch());
END;

ALTER TABLE greetings_sent ADD COLUMN uid TEXT NOT NULL DEFAULT '';
ALTER TABLE greetings_sent ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0;
UPDATE greetings_sent SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX greetings_sent_uid ON greetings_sent(uid);
CREATE TRIGGER greetings_sent_tombstone AFTER DELETE ON greetings_sent BEGIN
  INSERT OR REPLACE INTO tombstones VALUES (OLD.uid, 'greetings_sent', unixepoch());
END;
