-- Classification and dynamic lists: saved queries (动态客户列表) and the history of each
-- customer's level, which the timeline shows. The thresholds live in settings.

CREATE TABLE segments (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  query      TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);

CREATE TABLE level_changes (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  at          TEXT NOT NULL,             -- 'YYYY-MM-DD HH:MM' local time
  from_level  TEXT NOT NULL,
  to_level    TEXT NOT NULL,
  source      TEXT NOT NULL,             -- user, rule (taken from a suggestion) or auto
  why_zh      TEXT NOT NULL DEFAULT '',
  why_en      TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL
);
CREATE INDEX level_changes_customer ON level_changes(customer_id, at);

-- The analysis reads these instead of the tables: every deal in customer order with its day and
-- amount; the counts by level, stage and relation; what is still owed; the complaints of a year;
-- and the few customers in the trash, whose records are left out.
CREATE INDEX deals_customer_amount ON deals(customer_id, on_date, amount);
CREATE INDEX customers_classes ON customers(level, stage, relation) WHERE deleted_at IS NULL;
CREATE INDEX deals_owed ON deals(on_date, customer_id, amount, paid) WHERE credit_due_on IS NOT NULL AND paid < amount;
CREATE INDEX complaints_on ON complaints(on_date, customer_id);
CREATE INDEX customers_trash ON customers(deleted_at) WHERE deleted_at IS NOT NULL;
