-- The daily checklist: repeating reminders and a trash to undo deleting one, planned visits and
-- calls put off by the user, payments received on credit deals, greetings already sent for the
-- dates that matter, and indexes that find birthdays and anniversaries by month and day.

-- A repeating reminder comes back every repeat_every units (day, week, month, year) counted from
-- repeat_anchor, its first day; repeat_every 0 is a one-off.
ALTER TABLE reminders ADD COLUMN repeat_every INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reminders ADD COLUMN repeat_unit TEXT NOT NULL DEFAULT '';
ALTER TABLE reminders ADD COLUMN repeat_anchor TEXT;

-- A deleted reminder waits here, whole, until it is restored or the trash is emptied.
CREATE TABLE reminder_trash (
  id            INTEGER PRIMARY KEY,         -- the reminder's own id, kept for the restore
  uid           TEXT NOT NULL,
  customer_id   INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  due_on        TEXT NOT NULL,
  kind          TEXT NOT NULL,
  note          TEXT NOT NULL DEFAULT '',
  done_at       INTEGER,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  repeat_every  INTEGER NOT NULL DEFAULT 0,
  repeat_unit   TEXT NOT NULL DEFAULT '',
  repeat_anchor TEXT,
  deleted_at    INTEGER NOT NULL
);
CREATE INDEX reminder_trash_customer ON reminder_trash(customer_id);

-- A planned visit or call the user put off: it is due on until_on while the plan still asks for
-- it on from_on; a contact logged since, or a new plan, moves the plan's date and ends it.
CREATE TABLE plan_snoozes (
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('visit', 'call')),
  from_on     TEXT NOT NULL,
  until_on    TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (customer_id, kind)
) WITHOUT ROWID;

-- Money received against a deal on credit; deals.paid stays the sum of what was paid, written in
-- the same transaction.
CREATE TABLE payments (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  deal_id     INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  on_date     TEXT NOT NULL,
  amount      INTEGER NOT NULL CHECK (amount > 0),
  note        TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX payments_deal ON payments(deal_id);
CREATE INDEX payments_customer ON payments(customer_id, on_date);

-- A greeting marked sent: the occasion, whose it is (customer and contact, 0 for none; a holiday
-- has neither) and the day it falls on, so next year's comes back.
CREATE TABLE greetings_sent (
  occasion    TEXT NOT NULL,
  customer_id INTEGER NOT NULL DEFAULT 0,
  contact_id  INTEGER NOT NULL DEFAULT 0,
  name        TEXT NOT NULL DEFAULT '',    -- the holiday's name; '' for the others
  on_date     TEXT NOT NULL,
  sent_at     INTEGER NOT NULL,
  PRIMARY KEY (occasion, customer_id, contact_id, name, on_date)
) WITHOUT ROWID;
CREATE INDEX greetings_sent_on ON greetings_sent(on_date);

-- Birthdays and anniversaries are found by month and day ('MM-DD'), whatever the year.
CREATE INDEX customers_birthday_md ON customers(substr(birthday, 6)) WHERE birthday IS NOT NULL;
CREATE INDEX customers_anniversary_md ON customers(substr(anniversary, 6)) WHERE anniversary IS NOT NULL;
CREATE INDEX customers_first_deal_md ON customers(substr(first_deal_on, 6)) WHERE first_deal_on IS NOT NULL;
CREATE INDEX contacts_birthday_md ON contacts(substr(birthday, 6)) WHERE birthday IS NOT NULL;

-- The checklist reads payments and complaint replies in the order they fall due.
CREATE INDEX deals_credit_due ON deals(credit_due_on) WHERE credit_due_on IS NOT NULL AND paid < amount;
CREATE INDEX complaints_open_due ON complaints(coalesce(reply_by, on_date)) WHERE resolved_on IS NULL;
