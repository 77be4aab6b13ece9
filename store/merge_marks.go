package store

import (
	"context"
	"fmt"
)

// The marks a user leaves on the follow-up in a merge of two books written apart: a planned visit
// or call put off, and a greeting marked sent. Neither has an identifier of its own: each is known
// by what it is about (the customer and the kind; the occasion, the person and the day), which is
// the same on both machines once the customer is matched by uid. Neither is ever edited in place
// or deleted by the user — a new put-off replaces the old one, a greeting stays marked — so the
// time each was made tells which is newer, and no delete mark is needed.

// marks takes in the put-offs and greetings made there since the two parted: a put-off where
// there's is the newer, every greeting marked sent there.
func (m *merger) marks(ctx context.Context) error {
	rows, err := m.tx.QueryContext(ctx, `WITH t AS (SELECT (SELECT p.id FROM main.customers p JOIN other.customers q
		ON q.uid = p.uid WHERE q.id = o.customer_id) AS cid, o.kind, o.from_on, o.until_on, o.created_at
		FROM other.plan_snoozes o WHERE o.created_at >= ?)
		INSERT INTO main.plan_snoozes AS h (customer_id, kind, from_on, until_on, created_at)
		SELECT cid, kind, from_on, until_on, created_at FROM t WHERE cid IS NOT NULL
		ON CONFLICT(customer_id, kind) DO UPDATE SET from_on = excluded.from_on, until_on = excluded.until_on,
		created_at = excluded.created_at WHERE excluded.created_at >= h.created_at
		AND (excluded.from_on, excluded.until_on) IS NOT (h.from_on, h.until_on)
		RETURNING customer_id`, m.since)
	if err != nil {
		return fmt.Errorf("merge plan_snoozes: %w", err)
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		m.touched[id] = true // the put-off moves the customer's due dates
		m.sum.Updated["plan_snoozes"]++
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("merge plan_snoozes: %w", err)
	}
	// A holiday's greeting is no one's: customer and contact 0 stay 0.
	res, err := m.tx.ExecContext(ctx, `WITH t AS (SELECT o.occasion,
		CASE WHEN o.customer_id = 0 THEN 0 ELSE (SELECT p.id FROM main.customers p JOIN other.customers q
			ON q.uid = p.uid WHERE q.id = o.customer_id) END AS cid,
		CASE WHEN o.contact_id = 0 THEN 0 ELSE (SELECT p.id FROM main.contacts p JOIN other.contacts q
			ON q.uid = p.uid WHERE q.id = o.contact_id) END AS kid,
		o.name, o.on_date, o.sent_at FROM other.greetings_sent o WHERE o.sent_at >= ?)
		INSERT OR IGNORE INTO main.greetings_sent (occasion, customer_id, contact_id, name, on_date, sent_at)
		SELECT occasion, cid, kid, name, on_date, sent_at FROM t WHERE cid IS NOT NULL AND kid IS NOT NULL`, m.since)
	if err != nil {
		return fmt.Errorf("merge greetings_sent: %w", err)
	}
	m.sum.Added["greetings_sent"] += affected(res)
	return nil
}
