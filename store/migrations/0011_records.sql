-- Correcting the record: a deleted deal, logged contact, contact person, payment or complaint waits
-- here, whole, with what went with it (a deal's payments, a contact's types and the logged contacts
-- that named them), until it is restored or the trash is emptied. Rows deleted together share a
-- batch, the id of the first of them; each row is kept as a JSON object of its columns.
CREATE TABLE record_trash (
  id          INTEGER PRIMARY KEY,
  batch       INTEGER NOT NULL,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL,
  record_id   INTEGER NOT NULL,
  row         TEXT NOT NULL,
  deleted_at  INTEGER NOT NULL
);
CREATE INDEX record_trash_record ON record_trash(kind, record_id);
CREATE INDEX record_trash_batch ON record_trash(batch);
CREATE INDEX record_trash_customer ON record_trash(customer_id);

-- Who referred a customer, when that is a customer of the book: both archives show the link. The
-- free text referred_by stays for a referrer outside the book.
ALTER TABLE customers ADD COLUMN referrer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL;
CREATE INDEX customers_referrer ON customers(referrer_id) WHERE referrer_id IS NOT NULL;
