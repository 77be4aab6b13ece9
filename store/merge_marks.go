package store

import (
	"context"
	"fmt"
	"slices"
)

// The marks a user leaves on the follow-up in a merge of two books written apart: a planned visit
// or call put off, and a greeting marked sent. Each has a uid and an updated_at (migration 0026)
// and leaves a delete mark, and the merge honours them as it does the catalog's: the newer
// updated_at wins, and a mark deleted there is deleted here unless it changed here after. Each is
// also known by what it is about (the customer and the kind; the occasion, the person and the
// day), one row to a key: the same mark made on both machines apart has two uids, and meets here
// on its key, where the newer takes the place of the older, uid and all.

// markTables are the marks' tables, which the records' merge leaves to this file.
var markTables = map[string]bool{"plan_snoozes": true, "greetings_sent": true}

// marks merges the put-offs and then the greetings.
func (m *merger) marks(ctx context.Context) error {
	if err := m.putOffs(ctx); err != nil {
		return fmt.Errorf("merge plan_snoozes: %w", err)
	}
	if err := m.greetings(ctx); err != nil {
		return fmt.Errorf("merge greetings_sent: %w", err)
	}
	return nil
}

// markIdentity gives the expressions that read a mark o's uid and updated_at there. A book of
// before 0026 has neither: its marks read with uid ” (a new one is made here) and the time each
// was made (the column made) as their updated_at.
func (m *merger) markIdentity(ctx context.Context, table, made string) (uid, updated string, err error) {
	cols, err := readStrings(ctx, m.tx, "SELECT name FROM pragma_table_info(?, 'other')", table)
	if err != nil {
		return "", "", err
	}
	uid, updated = "''", "o."+made
	if slices.Contains(cols, "uid") && slices.Contains(cols, "updated_at") {
		uid, updated = "o.uid", "o.updated_at"
	}
	return uid, updated, nil
}

// putOffs takes in the put-offs made or changed there since the two parted, where there's is the
// newer, and deletes here those deleted there.
func (m *merger) putOffs(ctx context.Context) error {
	uid, updated, err := m.markIdentity(ctx, "plan_snoozes", "created_at")
	if err != nil {
		return err
	}
	// t: there's put-offs of the time since, their customers matched here by uid.
	t := fmt.Sprintf(`WITH t AS (SELECT (SELECT p.id FROM main.customers p JOIN other.customers q
		ON q.uid = p.uid WHERE q.id = o.customer_id) AS cid, o.kind, o.from_on, o.until_on, o.created_at,
		%s AS uid, %s AS updated_at FROM other.plan_snoozes o WHERE %[2]s >= ?) `, uid, updated)
	rows, err := m.tx.QueryContext(ctx, t+`UPDATE main.plan_snoozes AS h
		SET (from_on, until_on, uid, updated_at) = (SELECT t.from_on, t.until_on, CASE WHEN t.uid = '' THEN h.uid ELSE t.uid END,
			t.updated_at FROM t WHERE t.cid = h.customer_id AND t.kind = h.kind)
		WHERE EXISTS (SELECT 1 FROM t WHERE t.cid = h.customer_id AND t.kind = h.kind AND t.updated_at >= h.updated_at
			AND ((t.from_on, t.until_on) IS NOT (h.from_on, h.until_on) OR t.uid NOT IN ('', h.uid)))
		RETURNING customer_id`, m.since)
	if err := m.touchEach(rows, err, m.sum.Updated, "plan_snoozes"); err != nil {
		return err
	}
	// Only there: added, unless deleted here.
	var gone int
	if err := m.tx.QueryRowContext(ctx, t+`SELECT count(*) FROM t WHERE t.cid IS NOT NULL AND t.uid IN (SELECT d.uid FROM main.tombstones d)
		AND t.uid NOT IN (SELECT uid FROM main.plan_snoozes)`, m.since).Scan(&gone); err != nil {
		return err
	}
	m.sum.GoneHere["plan_snoozes"] += gone
	rows, err = m.tx.QueryContext(ctx, t+`INSERT OR IGNORE INTO main.plan_snoozes (customer_id, kind, from_on, until_on, created_at, uid, updated_at)
		SELECT cid, kind, from_on, until_on, created_at, CASE WHEN uid = '' THEN lower(hex(randomblob(16))) ELSE uid END, updated_at
		FROM t WHERE cid IS NOT NULL AND uid NOT IN (SELECT d.uid FROM main.tombstones d WHERE d.uid NOT IN (SELECT uid FROM main.plan_snoozes))
		RETURNING customer_id`, m.since)
	if err := m.touchEach(rows, err, m.sum.Added, "plan_snoozes"); err != nil {
		return err
	}
	rows, err = m.tx.QueryContext(ctx, `DELETE FROM main.plan_snoozes WHERE uid IN (SELECT d.uid FROM other.tombstones d
		WHERE d.table_name = 'plan_snoozes' AND d.deleted_at >= ? AND d.uid NOT IN (SELECT uid FROM other.plan_snoozes))
		AND updated_at <= (SELECT d.deleted_at FROM other.tombstones d WHERE d.uid = main.plan_snoozes.uid)
		RETURNING customer_id`, m.since)
	return m.touchEach(rows, err, m.sum.Deleted, "plan_snoozes")
}

// touchEach counts in count[table] the put-offs a statement returned the customer of, and
// remembers each customer: a put-off moves the customer's due dates.
func (m *merger) touchEach(rows rowsCloser, err error, count map[string]int, table string) error {
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return err
		}
		m.touched[id] = true
		count[table]++
	}
	return rows.Err()
}

// rowsCloser is what touchEach reads of *sql.Rows.
type rowsCloser interface {
	Next() bool
	Scan(...any) error
	Close() error
	Err() error
}

// greetings takes in the greetings marked sent there since the two parted, and deletes here
// those deleted there. A greeting marked on both sides is one greeting: the newer mark's uid is
// kept, so a delete of it on either side reaches it.
func (m *merger) greetings(ctx context.Context) error {
	uid, updated, err := m.markIdentity(ctx, "greetings_sent", "sent_at")
	if err != nil {
		return err
	}
	// t: there's greetings of the time since, their people matched here by uid. A holiday's
	// greeting is no one's: customer and contact 0 stay 0.
	t := fmt.Sprintf(`WITH t AS (SELECT o.occasion,
		CASE WHEN o.customer_id = 0 THEN 0 ELSE (SELECT p.id FROM main.customers p JOIN other.customers q
			ON q.uid = p.uid WHERE q.id = o.customer_id) END AS cid,
		CASE WHEN o.contact_id = 0 THEN 0 ELSE (SELECT p.id FROM main.contacts p JOIN other.contacts q
			ON q.uid = p.uid WHERE q.id = o.contact_id) END AS kid,
		o.name, o.on_date, o.sent_at, %s AS uid, %s AS updated_at FROM other.greetings_sent o WHERE %[2]s >= ?) `, uid, updated)
	same := `t.occasion = h.occasion AND t.cid = h.customer_id AND t.kid = h.contact_id AND t.name = h.name AND t.on_date = h.on_date`
	res, err := m.tx.ExecContext(ctx, t+`UPDATE main.greetings_sent AS h
		SET (sent_at, uid, updated_at) = (SELECT t.sent_at, t.uid, t.updated_at FROM t WHERE `+same+`)
		WHERE EXISTS (SELECT 1 FROM t WHERE `+same+` AND t.updated_at >= h.updated_at AND t.uid NOT IN ('', h.uid))`, m.since)
	if err != nil {
		return err
	}
	m.sum.Updated["greetings_sent"] += affected(res)
	var gone int
	if err := m.tx.QueryRowContext(ctx, t+`SELECT count(*) FROM t WHERE t.cid IS NOT NULL AND t.kid IS NOT NULL
		AND t.uid IN (SELECT d.uid FROM main.tombstones d) AND t.uid NOT IN (SELECT uid FROM main.greetings_sent)`, m.since).Scan(&gone); err != nil {
		return err
	}
	m.sum.GoneHere["greetings_sent"] += gone
	res, err = m.tx.ExecContext(ctx, t+`INSERT OR IGNORE INTO main.greetings_sent (occasion, customer_id, contact_id, name, on_date, sent_at, uid, updated_at)
		SELECT occasion, cid, kid, name, on_date, sent_at, CASE WHEN uid = '' THEN lower(hex(randomblob(16))) ELSE uid END, updated_at
		FROM t WHERE cid IS NOT NULL AND kid IS NOT NULL
		AND uid NOT IN (SELECT d.uid FROM main.tombstones d WHERE d.uid NOT IN (SELECT uid FROM main.greetings_sent))`, m.since)
	if err != nil {
		return err
	}
	m.sum.Added["greetings_sent"] += affected(res)
	res, err = m.tx.ExecContext(ctx, `DELETE FROM main.greetings_sent WHERE uid IN (SELECT d.uid FROM other.tombstones d
		WHERE d.table_name = 'greetings_sent' AND d.deleted_at >= ? AND d.uid NOT IN (SELECT uid FROM other.greetings_sent))
		AND updated_at <= (SELECT d.deleted_at FROM other.tombstones d WHERE d.uid = main.greetings_sent.uid)`, m.since)
	if err != nil {
		return err
	}
	m.sum.Deleted["greetings_sent"] += affected(res)
	return nil
}
