-- Personality typologies and types, and the types each person carries. The built-in catalog is
-- seeded by the store right after this step, in the same transaction.

CREATE TABLE typologies (
  code     TEXT PRIMARY KEY,
  name_zh  TEXT NOT NULL,
  name_en  TEXT NOT NULL,
  about_zh TEXT NOT NULL DEFAULT '',
  about_en TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  built_in INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE personality_types (
  code        TEXT PRIMARY KEY,
  typology    TEXT NOT NULL REFERENCES typologies(code) ON UPDATE CASCADE,
  name_zh     TEXT NOT NULL,
  name_en     TEXT NOT NULL,
  traits_zh   TEXT NOT NULL DEFAULT '',
  traits_en   TEXT NOT NULL DEFAULT '',
  approach_zh TEXT NOT NULL DEFAULT '',
  approach_en TEXT NOT NULL DEFAULT '',
  avoid_zh    TEXT NOT NULL DEFAULT '',
  avoid_en    TEXT NOT NULL DEFAULT '',
  position    INTEGER NOT NULL DEFAULT 0,
  built_in    INTEGER NOT NULL DEFAULT 0
);

-- A tag puts a type on a person: a customer (contact_id NULL) or one contact of a customer.
CREATE TABLE person_types (
  id          INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  contact_id  INTEGER REFERENCES contacts(id) ON DELETE CASCADE,
  type_code   TEXT NOT NULL REFERENCES personality_types(code) ON UPDATE CASCADE,
  note        TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX person_types_unique ON person_types(customer_id, ifnull(contact_id, 0), type_code);
CREATE INDEX person_types_type ON person_types(type_code);
