-- The follow-up checklist is read in two steps: first which items are due, earliest first, then
-- the rows of only the items a screen shows. The first step reads these indexes alone, so each
-- holds every column that step reads, and the column its own WHERE names, which SQLite needs to
-- see that the index covers the query.
DROP INDEX customers_next_visit;
CREATE INDEX customers_next_visit ON customers(next_visit_on, deleted_at) WHERE deleted_at IS NULL;
DROP INDEX customers_next_call;
CREATE INDEX customers_next_call ON customers(next_call_on, next_visit_on, deleted_at) WHERE deleted_at IS NULL;
DROP INDEX reminders_open_due;
CREATE INDEX reminders_open_due ON reminders(due_on, customer_id, done_at) WHERE done_at IS NULL;
DROP INDEX complaints_open_due;
CREATE INDEX complaints_open_due ON complaints(coalesce(reply_by, on_date), customer_id, resolved_on) WHERE resolved_on IS NULL;
DROP INDEX deals_credit_due;
CREATE INDEX deals_credit_due ON deals(credit_due_on, customer_id, paid, amount) WHERE credit_due_on IS NOT NULL AND paid < amount;

-- The dates that matter, found by month and day, with the date itself for the year.
DROP INDEX customers_birthday_md;
CREATE INDEX customers_birthday_md ON customers(substr(birthday, 6), birthday) WHERE birthday IS NOT NULL;
DROP INDEX customers_anniversary_md;
CREATE INDEX customers_anniversary_md ON customers(substr(anniversary, 6), anniversary) WHERE anniversary IS NOT NULL;
DROP INDEX customers_first_deal_md;
CREATE INDEX customers_first_deal_md ON customers(substr(first_deal_on, 6), first_deal_on) WHERE first_deal_on IS NOT NULL;
DROP INDEX contacts_birthday_md;
CREATE INDEX contacts_birthday_md ON contacts(substr(birthday, 6), birthday, customer_id) WHERE birthday IS NOT NULL;
