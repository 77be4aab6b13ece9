-- The follow-up checklist is read whole as keys in its order (broken promises, then the customers'
-- levels, then lateness, then names), so the keys of planned visits and calls carry the customer's
-- level and name. These indexes hold them, and the first step still reads no table row for them.
DROP INDEX customers_next_visit;
CREATE INDEX customers_next_visit ON customers(next_visit_on, deleted_at, level, name) WHERE deleted_at IS NULL;
DROP INDEX customers_next_call;
CREATE INDEX customers_next_call ON customers(next_call_on, next_visit_on, deleted_at, level, name) WHERE deleted_at IS NULL;
