-- A company's short name (简称) as the user gives it; empty, the screens compute one from the
-- registered name (model.ShortCompanyName).
ALTER TABLE customers ADD COLUMN short_name TEXT NOT NULL DEFAULT '';
-- Few customers have one: the search index reads them off this small index, not the whole table.
CREATE INDEX customers_short_name ON customers(id, short_name) WHERE short_name != '' AND deleted_at IS NULL;
