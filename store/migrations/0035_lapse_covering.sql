-- A saved list's lapse: runs model's rule of the lapse classes on every customer outside the trash,
-- as the SQL function guanxi_lapse over three columns of the customer's row. Without an index that
-- holds them, that means reading every customer's whole row; this one holds them (and deleted_at,
-- so the trash is told from it too), in the customers' order, so the rule runs over the index alone
-- and a list read in that order keeps it.
CREATE INDEX IF NOT EXISTS customers_lapse ON customers(id, deleted_at, last_deal_on, last_contact_on, deal_count) WHERE deleted_at IS NULL;
