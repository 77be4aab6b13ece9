package store

import (
	"context"
	"fmt"

	"guanxi/model"
)

// The personality catalog's two inserts, each written once: a new book's seed, the catalog
// screen's additions, the restore of a built-in type and a whole-book import all put typologies
// and types through these.

// onConflict is what an insert of the catalog does when the book has the code already.
type onConflict int

const (
	conflictFails    onConflict = iota // the statement fails, as a new code must be new
	conflictKeeps                      // the book's row stays as it is
	conflictReplaces                   // the book's row takes the texts and position written
)

// atEnd is the position of a catalog entry written after every other.
const atEnd = -1

// positionArg is a position's value in the inserts: NULL for atEnd, which they read as one
// past the last.
func positionArg(position int) any {
	if position == atEnd {
		return nil
	}
	return position
}

// putTypology writes a typology at position in display order (or atEnd), built in or not.
func putTypology(ctx context.Context, q execer, t model.Typology, position int, builtIn bool, c onConflict) error {
	query := `INSERT INTO typologies (code, name_zh, name_en, about_zh, about_en, position, built_in)
		VALUES (?,?,?,?,?, coalesce(?, (SELECT ifnull(max(position), -1) + 1 FROM typologies)), ?)`
	switch c {
	case conflictKeeps:
		query += " ON CONFLICT(code) DO NOTHING"
	case conflictReplaces:
		query += ` ON CONFLICT(code) DO UPDATE SET name_zh = excluded.name_zh, name_en = excluded.name_en,
			about_zh = excluded.about_zh, about_en = excluded.about_en, position = excluded.position`
	}
	if _, err := q.ExecContext(ctx, query, t.Code, t.Name.Zh, t.Name.En, t.About.Zh, t.About.En, positionArg(position),
		boolInt(builtIn)); err != nil {
		return fmt.Errorf("save typology %s: %w", t.Code, err)
	}
	return nil
}

// putType writes a personality type at position in display order (or atEnd), built in as t says.
func putType(ctx context.Context, q execer, t model.PersonalityType, position int, c onConflict) error {
	query := `INSERT INTO personality_types (code, typology, name_zh, name_en, traits_zh, traits_en,
		approach_zh, approach_en, avoid_zh, avoid_en, position, built_in) VALUES (?,?,?,?,?,?,?,?,?,?,
		coalesce(?, (SELECT ifnull(max(position), -1) + 1 FROM personality_types)), ?)`
	switch c {
	case conflictKeeps:
		query += " ON CONFLICT(code) DO NOTHING"
	case conflictReplaces:
		query += ` ON CONFLICT(code) DO UPDATE SET typology = excluded.typology, name_zh = excluded.name_zh,
			name_en = excluded.name_en, traits_zh = excluded.traits_zh, traits_en = excluded.traits_en,
			approach_zh = excluded.approach_zh, approach_en = excluded.approach_en, avoid_zh = excluded.avoid_zh,
			avoid_en = excluded.avoid_en, position = excluded.position`
	}
	if _, err := q.ExecContext(ctx, query, t.Code, t.Typology, t.Name.Zh, t.Name.En, t.Traits.Zh, t.Traits.En,
		t.Approach.Zh, t.Approach.En, t.Avoid.Zh, t.Avoid.En, positionArg(position), boolInt(t.BuiltIn)); err != nil {
		return fmt.Errorf("save personality type %s: %w", t.Code, err)
	}
	return nil
}
