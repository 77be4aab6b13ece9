package store

import (
	"context"
	"fmt"
	"slices"

	"guanxi/model"
)

// settings takes in the settings set there since the two parted where there's is the newer (a
// setting is matched by its key, which is its uid), and deletes here those deleted there unless
// set here after. A setting deleted here is not brought back. Plans, working days and holidays
// move due dates, so when a setting changed every customer's figures are worked out again.
func (m *merger) settings(ctx context.Context) error {
	cols, err := m.sharedColumns(ctx, "settings")
	if err != nil {
		return err
	}
	if !slices.Contains(cols, "updated_at") {
		return nil // a book from before settings had their time
	}
	changed := 0
	res, err := m.tx.ExecContext(ctx, `UPDATE main.settings AS h SET (value, updated_at) =
		(SELECT o.value, o.updated_at FROM other.settings o WHERE o.key = h.key)
		WHERE h.key IN (SELECT o.key FROM other.settings o JOIN main.settings h2 ON h2.key = o.key
		WHERE o.updated_at >= ?1 AND o.updated_at >= h2.updated_at AND o.value IS NOT h2.value)`, m.since)
	if err != nil {
		return fmt.Errorf("merge settings: %w", err)
	}
	m.sum.Updated["settings"] += affected(res)
	changed += affected(res)
	var gone int
	if err := m.tx.QueryRowContext(ctx, `SELECT count(*) FROM other.settings o WHERE o.updated_at >= ?
		AND o.key NOT IN (SELECT key FROM main.settings) AND o.key IN (SELECT uid FROM main.tombstones WHERE table_name = 'settings')`,
		m.since).Scan(&gone); err != nil {
		return fmt.Errorf("merge settings: %w", err)
	}
	m.sum.GoneHere["settings"] += gone
	res, err = m.tx.ExecContext(ctx, `INSERT INTO main.settings (key, value, updated_at)
		SELECT o.key, o.value, o.updated_at FROM other.settings o WHERE o.updated_at >= ?
		AND o.key NOT IN (SELECT key FROM main.settings)
		AND o.key NOT IN (SELECT uid FROM main.tombstones WHERE table_name = 'settings')`, m.since)
	if err != nil {
		return fmt.Errorf("merge settings: %w", err)
	}
	m.sum.Added["settings"] += affected(res)
	changed += affected(res)
	res, err = m.tx.ExecContext(ctx, `DELETE FROM main.settings WHERE key IN (SELECT d.uid FROM other.tombstones d
		WHERE d.table_name = 'settings' AND d.deleted_at >= ? AND d.uid NOT IN (SELECT key FROM other.settings))
		AND updated_at <= (SELECT d.deleted_at FROM other.tombstones d WHERE d.uid = main.settings.key)`, m.since)
	if err != nil {
		return fmt.Errorf("merge settings: %w", err)
	}
	m.sum.Deleted["settings"] += affected(res)
	changed += affected(res)
	if changed == 0 {
		return nil
	}
	return m.refreshEveryLevel(ctx)
}

// refreshEveryLevel works out again the due dates of every customer, level by level.
func (m *merger) refreshEveryLevel(ctx context.Context) error {
	levels, err := readStrings(ctx, m.tx, "SELECT DISTINCT level FROM main.customers")
	if err != nil {
		return err
	}
	for _, l := range levels {
		if err := m.s.refreshLevel(ctx, m.tx, model.Level(l)); err != nil {
			return fmt.Errorf("work out the due dates again: %w", err)
		}
	}
	return nil
}
