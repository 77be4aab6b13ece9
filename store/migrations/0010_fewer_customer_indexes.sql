-- Every index of the customers is built again at the end of a large import, and each costs a walk
-- of the whole table and a sort: the two here did work no query needed.
-- customers_next_due ordered the list by the next due day, which customers_list_next_due does
-- now, with the name and id the list also sorts by; no query reads it any more.
DROP INDEX customers_next_due;
-- The new customers are those whose first deal comes after a day, so a customer who has not dealt
-- is never looked for here: leaving them out keeps a freshly imported book's index empty.
DROP INDEX customers_first_deal;
CREATE INDEX customers_first_deal ON customers(first_deal_on) WHERE first_deal_on IS NOT NULL AND deleted_at IS NULL;
