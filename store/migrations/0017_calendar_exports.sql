-- What the calendar export last wrote of each event, so that the next export tells a calendar
-- which events moved (a higher SEQUENCE) and which are done or gone (STATUS:CANCELLED).
CREATE TABLE calendar_exports (
  uid         TEXT PRIMARY KEY,
  customer_id INTEGER NOT NULL,   -- no foreign key: a deleted customer's events are cancelled too
  sequence    INTEGER NOT NULL,
  fingerprint TEXT NOT NULL,
  on_date     TEXT NOT NULL,
  summary     TEXT NOT NULL DEFAULT '',
  cancelled   INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
