-- The index of users' short names was added to step 24 after books had already taken that step
-- without it; such a book gets it here, any other already has it.
CREATE INDEX IF NOT EXISTS customers_short_name ON customers(id, short_name) WHERE short_name != '' AND deleted_at IS NULL;
