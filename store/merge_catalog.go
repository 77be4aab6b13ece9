package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
)

// The personality catalog in a merge of two books written apart. Its rows are matched by uid like
// every record's, newer updated_at winning; two things are its own. A type or typology is known
// by its code, which records point at: one made on both machines under the same code is, when
// built in, the same row (seeded on each machine), and otherwise kept twice, the one from there
// under a new code. And a type deleted there goes only once no record points at it, its tags'
// notes kept in the people's notes as RemoveType keeps them.

// catalogTables are the catalog's tables, which the records' merge leaves to this file.
var catalogTables = map[string]bool{"typologies": true, "personality_types": true}

// readCatalogTables reads the catalog's tables, typologies before the types that belong to them; a
// table without a uid in both books is left out.
func (m *merger) readCatalogTables(ctx context.Context) ([]mergeTable, error) {
	var out []mergeTable
	for _, name := range []string{"typologies", "personality_types"} {
		t, err := m.mergeTableOf(ctx, name, catalogTables)
		if err != nil {
			return nil, err
		}
		if slices.Contains(t.columns, "uid") && slices.Contains(t.columns, "updated_at") && slices.Contains(t.columns, "code") {
			out = append(out, t)
		}
	}
	return out, nil
}

// catalogChanges takes in the catalog rows added or changed there since the two parted.
func (m *merger) catalogChanges(ctx context.Context, tables []mergeTable) error {
	for _, t := range tables {
		if err := m.sameCode(ctx, t); err != nil {
			return fmt.Errorf("merge %s: %w", t.name, err)
		}
		if err := m.merge(ctx, t); err != nil {
			return fmt.Errorf("merge %s: %w", t.name, err)
		}
	}
	return nil
}

// sameCode handles the rows made there under a code a different row has here. A built-in row is
// the same row: it takes there's uid, so the merge by uid that follows keeps the newer. Any other
// is added under a free code; the records there that point at it follow it by its uid.
func (m *merger) sameCode(ctx context.Context, t mergeTable) error {
	name := quoteIdent(t.name)
	type clash struct {
		uid, code, nameEn string
		builtIn           bool
	}
	clashes, err := readAll(ctx, m.tx, fmt.Sprintf(`SELECT o.uid, o.code, o.name_en, o.built_in AND h.built_in
		FROM other.%[1]s o JOIN main.%[1]s h ON h.code = o.code
		WHERE o.uid != h.uid AND o.updated_at >= ? AND o.uid NOT IN (SELECT uid FROM main.%[1]s)
		AND o.uid NOT IN (SELECT uid FROM main.tombstones)`, name), func(rows *sql.Rows) (clash, error) {
		var c clash
		err := rows.Scan(&c.uid, &c.code, &c.nameEn, &c.builtIn)
		return c, err
	}, m.since)
	if err != nil {
		return err
	}
	fallback := map[string]string{"typologies": "typology", "personality_types": "custom"}[t.name]
	for _, c := range clashes {
		if c.builtIn {
			if _, err := m.tx.ExecContext(ctx, fmt.Sprintf("UPDATE main.%s SET uid = ? WHERE code = ?", name), c.uid, c.code); err != nil {
				return err
			}
			continue
		}
		code, err := newCatalogCode(ctx, m.tx, t.name, c.nameEn, fallback)
		if err != nil {
			return err
		}
		vals := t.values()
		args := []any{}
		for i, col := range t.columns {
			if col == "code" {
				vals[i] = "?"
				args = append(args, code)
			}
		}
		args = append(args, c.uid)
		if _, err := m.tx.ExecContext(ctx, fmt.Sprintf("INSERT INTO main.%s (%s) SELECT %s FROM other.%s o WHERE o.uid = ?",
			name, strings.Join(quoteAll(t.columns), ", "), strings.Join(vals, ", "), name), args...); err != nil {
			return err
		}
		m.sum.Added[t.name]++
	}
	return nil
}

// catalogDeletes deletes here the catalog rows deleted there since the two parted, unless they
// changed here after. A type's tags here lose it with their notes kept; a typology goes only when
// no type here belongs to it. Built-in rows are never deleted.
func (m *merger) catalogDeletes(ctx context.Context) error {
	codes, err := readStrings(ctx, m.tx, `SELECT h.code FROM main.personality_types h JOIN other.tombstones d ON d.uid = h.uid
		WHERE d.table_name = 'personality_types' AND d.deleted_at >= ? AND h.uid NOT IN (SELECT uid FROM other.personality_types)
		AND h.updated_at <= d.deleted_at AND h.built_in = 0`, m.since)
	if err != nil {
		return fmt.Errorf("merge personality_types: %w", err)
	}
	for _, code := range codes {
		t, err := readType(ctx, m.tx, code)
		if err != nil {
			return err
		}
		if _, err := m.s.removeType(ctx, m.tx, t); err != nil {
			return err
		}
		m.sum.Deleted["personality_types"]++
	}
	res, err := m.tx.ExecContext(ctx, `DELETE FROM main.typologies WHERE built_in = 0 AND uid IN (SELECT d.uid FROM other.tombstones d
		WHERE d.table_name = 'typologies' AND d.deleted_at >= ? AND d.uid NOT IN (SELECT uid FROM other.typologies))
		AND updated_at <= (SELECT d.deleted_at FROM other.tombstones d WHERE d.uid = main.typologies.uid)
		AND NOT EXISTS (SELECT 1 FROM main.personality_types p WHERE p.typology = main.typologies.code)`, m.since)
	if err != nil {
		return fmt.Errorf("merge typologies: %w", err)
	}
	m.sum.Deleted["typologies"] += affected(res)
	return nil
}
