-- The follow-up checklist's first step reads every item due with its customer's level and name,
-- which its order needs (checklist_keys.go). The indexes of the planned visits and calls now hold
-- both, so that step reads them alone instead of the customer's row for each item; and the
-- customers' level and name are kept by id in one small index, which the reminders, complaint
-- replies and payments due are joined to instead of the customers' table. A book of 100,000
-- customers has about 80,000 items due in a week: reading a row of the table for each was most of
-- the step's time.
DROP INDEX customers_next_visit;
CREATE INDEX customers_next_visit ON customers(next_visit_on, deleted_at, level, name) WHERE deleted_at IS NULL;
DROP INDEX customers_next_call;
CREATE INDEX customers_next_call ON customers(next_call_on, next_visit_on, deleted_at, level, name) WHERE deleted_at IS NULL;
CREATE INDEX customers_level_name ON customers(id, deleted_at, level, name) WHERE deleted_at IS NULL;
