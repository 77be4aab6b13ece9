-- Two more figures derived from a customer's deals, kept on their row in the writing transaction
-- like first_deal_on and order_total: the day of the last deal and how many deals there are. The
-- analysis, the lost and dormant customers and the dynamic lists read them instead of every deal.
ALTER TABLE customers ADD COLUMN last_deal_on TEXT;
ALTER TABLE customers ADD COLUMN deal_count INTEGER NOT NULL DEFAULT 0;
UPDATE customers SET
  last_deal_on = (SELECT max(on_date) FROM deals WHERE customer_id = customers.id),
  deal_count = (SELECT count(*) FROM deals WHERE customer_id = customers.id)
  WHERE id IN (SELECT customer_id FROM deals);

-- The analysis reads only the deals of the windows that move with today (the value period, this
-- year and last year), a range of days, off this index: each day range the windows cut it into
-- gives every deal in it the same windows, so a deal is read as its customer and amount alone.
CREATE INDEX deals_on_customer_amount ON deals(on_date, customer_id, amount);
-- The old and new customers by their first deal, and the dormant ones (one deal, long ago) by
-- their count of deals and last day, are ranges of these.
CREATE INDEX customers_first_deal ON customers(first_deal_on) WHERE deleted_at IS NULL;
CREATE INDEX customers_deal_count ON customers(deal_count, last_deal_on, order_total) WHERE deleted_at IS NULL;
