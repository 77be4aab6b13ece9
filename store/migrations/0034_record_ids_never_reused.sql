-- A record's id is never given again: the tables of the records the trash keeps (contact persons,
-- deals, reminders, complaints, logged contacts, payments and personality types) are made again
-- with their key AUTOINCREMENT, every row, index, trigger and foreign key kept, and each starts
-- numbering above the ids of its rows in the trash. It is done by the Go step of this version
-- (idsNeverReused in store/record_ids.go), which makes each table again from the book's own schema.
SELECT 1;
