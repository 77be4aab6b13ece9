-- One trash for every record removed on its own: a deleted reminder now waits in record_trash, as
-- a JSON object of its columns like a deal or a logged contact, so deleting, restoring, listing
-- and emptying follow one path for every kind. The reminders already in the old trash move there,
-- each a batch of its own, kept with the time it was deleted, and the old table goes.
INSERT INTO record_trash (batch, customer_id, kind, record_id, row, deleted_at)
SELECT 0, customer_id, 'reminder', id, json_object('id', id, 'uid', uid, 'customer_id', customer_id,
    'due_on', due_on, 'kind', kind, 'note', note, 'done_at', done_at, 'created_at', created_at,
    'updated_at', updated_at, 'repeat_every', repeat_every, 'repeat_unit', repeat_unit,
    'repeat_anchor', repeat_anchor), deleted_at
  FROM reminder_trash ORDER BY deleted_at, id;
-- A batch is named by its first row's id; a moved reminder is a batch alone. No batch is 0 before.
UPDATE record_trash SET batch = id WHERE batch = 0;
DROP TABLE reminder_trash;
