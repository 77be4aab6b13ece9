-- A company's short name (简称) as the user gives it; empty, the screens compute one from the
-- registered name (model.ShortCompanyName).
ALTER TABLE customers ADD COLUMN short_name TEXT NOT NULL DEFAULT '';
