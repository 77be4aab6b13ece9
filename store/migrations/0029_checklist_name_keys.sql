-- The follow-up checklist breaks a tie within a day by the customer's name in pinyin order (the
-- name's readings, name_key, then the name), as the customer list does. The indexes its first step
-- reads instead of the customers' rows (migrations 0014 and 0023) now hold name_key too, so that
-- step still never reads a customer's row. The planned visits' and calls' indexes are made again
-- with it; the index the records due are joined to is replaced by one that holds it, as nothing
-- else reads the old one.
DROP INDEX IF EXISTS customers_next_visit;
CREATE INDEX IF NOT EXISTS customers_next_visit ON customers(next_visit_on, deleted_at, level, name_key, name) WHERE deleted_at IS NULL;
DROP INDEX IF EXISTS customers_next_call;
CREATE INDEX IF NOT EXISTS customers_next_call ON customers(next_call_on, next_visit_on, deleted_at, level, name_key, name) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS customers_level_name_key ON customers(id, deleted_at, level, name_key, name) WHERE deleted_at IS NULL;
DROP INDEX IF EXISTS customers_level_name;
