-- The first schema of a guanxi book: customers with their whole archive and the records around them.
-- Dates are TEXT 'YYYY-MM-DD' local calendar dates; times of a logged contact are TEXT
-- 'YYYY-MM-DD HH:MM' local time; created/updated are Unix seconds; money is INTEGER fen.

CREATE TABLE customers (
  id                 INTEGER PRIMARY KEY,
  uid                TEXT NOT NULL UNIQUE,
  kind               TEXT NOT NULL DEFAULT 'person',
  name               TEXT NOT NULL,
  company            TEXT NOT NULL DEFAULT '',
  title              TEXT NOT NULL DEFAULT '',
  industry           TEXT NOT NULL DEFAULT '',
  region             TEXT NOT NULL DEFAULT '',
  size               TEXT NOT NULL DEFAULT '',
  registered_capital INTEGER NOT NULL DEFAULT 0,
  phone              TEXT NOT NULL DEFAULT '',
  email              TEXT NOT NULL DEFAULT '',
  wechat             TEXT NOT NULL DEFAULT '',
  address            TEXT NOT NULL DEFAULT '',
  birthday           TEXT,
  anniversary        TEXT,
  source             TEXT NOT NULL DEFAULT '',
  referred_by        TEXT NOT NULL DEFAULT '',
  level              TEXT NOT NULL DEFAULT 'new',
  stage              TEXT NOT NULL DEFAULT 'prospect',
  relation           TEXT NOT NULL DEFAULT 'transactional',
  tags               TEXT NOT NULL DEFAULT '',
  notes              TEXT NOT NULL DEFAULT '',
  visit_every_days   INTEGER,            -- NULL: the level's plan
  call_every_days    INTEGER,
  plan_paused        INTEGER NOT NULL DEFAULT 0,
  -- figures derived from the records below, kept current by the store in the same transaction
  first_deal_on      TEXT,
  last_contact_on    TEXT,
  last_visit_on      TEXT,
  last_call_on       TEXT,
  next_visit_on      TEXT,
  next_call_on       TEXT,
  next_due_on        TEXT,
  order_total        INTEGER NOT NULL DEFAULT 0,
  owed               INTEGER NOT NULL DEFAULT 0,
  search             TEXT NOT NULL DEFAULT '',  -- lowercased searchable text
  name_key           TEXT NOT NULL DEFAULT '',  -- pinyin readings of the name
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL,
  deleted_at         INTEGER                    -- in the trash when set
);
CREATE INDEX customers_name ON customers(name);
CREATE INDEX customers_phone ON customers(phone);
CREATE INDEX customers_next_visit ON customers(next_visit_on) WHERE deleted_at IS NULL;
CREATE INDEX customers_next_call ON customers(next_call_on) WHERE deleted_at IS NULL;
CREATE INDEX customers_next_due ON customers(next_due_on);
CREATE INDEX customers_last_contact ON customers(last_contact_on);

CREATE TABLE contacts (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  title       TEXT NOT NULL DEFAULT '',
  role        TEXT NOT NULL DEFAULT 'other',
  phone       TEXT NOT NULL DEFAULT '',
  email       TEXT NOT NULL DEFAULT '',
  wechat      TEXT NOT NULL DEFAULT '',
  birthday    TEXT,
  notes       TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX contacts_customer ON contacts(customer_id);

CREATE TABLE interactions (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  contact_id  INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  at          TEXT NOT NULL,
  channel     TEXT NOT NULL,
  summary     TEXT NOT NULL DEFAULT '',
  next_step   TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX interactions_customer_at ON interactions(customer_id, at);

CREATE TABLE deals (
  id            INTEGER PRIMARY KEY,
  uid           TEXT NOT NULL UNIQUE,
  customer_id   INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  on_date       TEXT NOT NULL,
  product       TEXT NOT NULL DEFAULT '',
  amount        INTEGER NOT NULL CHECK (amount > 0),
  credit_due_on TEXT,
  paid          INTEGER NOT NULL DEFAULT 0,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
CREATE INDEX deals_customer_on ON deals(customer_id, on_date);
CREATE INDEX deals_on ON deals(on_date);

CREATE TABLE reminders (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  due_on      TEXT NOT NULL,
  kind        TEXT NOT NULL DEFAULT 'other',
  note        TEXT NOT NULL DEFAULT '',
  done_at     INTEGER,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX reminders_customer ON reminders(customer_id);
CREATE INDEX reminders_open_due ON reminders(due_on) WHERE done_at IS NULL;

CREATE TABLE complaints (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  on_date     TEXT NOT NULL,
  what        TEXT NOT NULL,
  severity    INTEGER NOT NULL DEFAULT 1,
  good_faith  INTEGER NOT NULL DEFAULT 1,
  handler     TEXT NOT NULL DEFAULT '',
  reply_by    TEXT,
  resolved_on TEXT,
  summary     TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX complaints_customer ON complaints(customer_id);
CREATE INDEX complaints_open_reply ON complaints(reply_by) WHERE resolved_on IS NULL;

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
