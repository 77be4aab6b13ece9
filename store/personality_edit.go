package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"guanxi/model"
)

// Changing the catalog: the user's own typologies and types, edits of any type, a built-in type
// restored to its default, and a type of the user's removed without losing a note.

// ErrBuiltIn is returned when asked to remove a built-in type: it can be edited and restored,
// never removed, so the catalog of every book stays complete.
var ErrBuiltIn = errors.New("a built-in personality type cannot be removed; edit it or restore its default instead")

// AddTypology saves a typology of the user's own after the built-in ones. An empty code is made
// from the English name; a code in use is a *model.FieldError on "code".
func (s *Store) AddTypology(ctx context.Context, t *model.Typology) error {
	t.Normalize()
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := settleNewCode(ctx, tx, "typologies", &t.Code, t.Name.En, "typology", func() error { return t.Validate() }); err != nil {
			return err
		}
		if err := sameTypologyName(ctx, tx, *t); err != nil {
			return err
		}
		if err := putTypology(ctx, tx, *t, atEnd, false, conflictFails); err != nil {
			return err
		}
		return touchCatalog(ctx, tx, "typologies", t.Code, s.Now().Unix())
	})
}

// settleNewCode settles the code of a new entry of a catalog table (typologies, personality
// types): made from its English name when empty (fallback when the name makes none), then the
// entry is validated (validate reads the entry as it is then, its code settled), and a code in
// use is a *model.FieldError on "code".
func settleNewCode(ctx context.Context, tx *sql.Tx, table string, code *string, nameEn, fallback string, validate func() error) error {
	if *code == "" {
		made, err := newCatalogCode(ctx, tx, table, nameEn, fallback)
		if err != nil {
			return err
		}
		*code = made
	}
	if err := validate(); err != nil {
		return err
	}
	if taken, err := exists(ctx, tx, "SELECT 1 FROM "+table+" WHERE code = ?", *code); err != nil || taken {
		return codeTaken(err)
	}
	return nil
}

// UpdateTypology saves the names and description of an existing typology, built-in or not.
func (s *Store) UpdateTypology(ctx context.Context, t model.Typology) error {
	t.Normalize()
	if err := t.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := sameTypologyName(ctx, tx, t); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "UPDATE typologies SET name_zh=?, name_en=?, about_zh=?, about_en=?, updated_at=? WHERE code=?",
			t.Name.Zh, t.Name.En, t.About.Zh, t.About.En, s.Now().Unix(), t.Code)
		if err != nil {
			return fmt.Errorf("save typology %s: %w", t.Code, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("typology %s: %w", t.Code, model.ErrNotFound)
		}
		return nil
	})
}

// AddType saves a personality type of the user's own at the end of its typology. An empty code is
// made from the English name; a code in use, a typology that does not exist, or a name another
// type of the same typology has is a *model.FieldError.
func (s *Store) AddType(ctx context.Context, t *model.PersonalityType) error {
	t.Normalize()
	t.BuiltIn = false
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := settleNewCode(ctx, tx, "personality_types", &t.Code, t.Name.En, "custom", func() error { return t.Validate() }); err != nil {
			return err
		}
		if err := checkTypeFits(ctx, tx, *t); err != nil {
			return err
		}
		if err := putType(ctx, tx, *t, atEnd, conflictFails); err != nil {
			return err
		}
		return touchCatalog(ctx, tx, "personality_types", t.Code, s.Now().Unix())
	})
}

// UpdateType saves every text and the typology of an existing type, built-in or not; the code and
// whether it is built in stay as they are.
func (s *Store) UpdateType(ctx context.Context, t model.PersonalityType) error {
	t.Normalize()
	if err := t.Validate(); err != nil {
		return err
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := readType(ctx, tx, t.Code); err != nil {
			return err
		}
		if err := checkTypeFits(ctx, tx, t); err != nil {
			return err
		}
		return writeTypeTexts(ctx, tx, t, s.Now().Unix())
	})
}

// RestoreType puts a built-in type back as it came with guanxi — texts and typology — and returns
// it. The tags on people stay.
func (s *Store) RestoreType(ctx context.Context, code string) (model.PersonalityType, error) {
	def, ok := model.BuiltinType(code)
	if !ok {
		return model.PersonalityType{}, fmt.Errorf("personality type %q is not built in, so it has no default: %w", code, model.ErrNotFound)
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		// The built-in typology may have been renamed but never goes away; a book from before it
		// existed gets it back.
		for i, ty := range model.BuiltinTypologies() {
			if ty.Code != def.Typology {
				continue
			}
			if err := putTypology(ctx, tx, ty, i, true, conflictKeeps); err != nil {
				return err
			}
		}
		return writeTypeTexts(ctx, tx, def, s.Now().Unix())
	})
	return def, err
}

// RemoveType removes a personality type of the user's own. Every person who carries it loses the
// tag, and the tag's note moves into that person's own notes (a contact's notes, or the customer's),
// so nothing the user wrote is lost. It returns how many people carried the type. A built-in type
// is refused with ErrBuiltIn.
func (s *Store) RemoveType(ctx context.Context, code string) (int, error) {
	carried := 0
	err := s.tx(ctx, func(tx *sql.Tx) error {
		t, err := readType(ctx, tx, code)
		if err != nil {
			return err
		}
		if t.BuiltIn {
			return fmt.Errorf("%s: %w", code, ErrBuiltIn)
		}
		carried, err = s.removeType(ctx, tx, t)
		return err
	})
	return carried, err
}

// removeType takes the type off every person who carries it, keeping each tag's note in the
// person's notes, then removes the type; it returns how many people carried it.
func (s *Store) removeType(ctx context.Context, tx *sql.Tx, t model.PersonalityType) (int, error) {
	code := t.Code
	tags, err := readAll(ctx, tx, "SELECT customer_id, ifnull(contact_id, 0), note FROM person_types WHERE type_code = ?",
		func(rows *sql.Rows) (PersonTag, error) {
			tag := PersonTag{Type: code}
			err := rows.Scan(&tag.CustomerID, &tag.ContactID, &tag.Note)
			return tag, err
		}, code)
	if err != nil {
		return 0, fmt.Errorf("read who carries %s: %w", code, err)
	}
	for _, tag := range tags {
		if err := s.keepTagNote(ctx, tx, tag, t); err != nil {
			return 0, err
		}
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM person_types WHERE type_code = ?", code); err != nil {
		return 0, fmt.Errorf("take %s off its people: %w", code, err)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM personality_types WHERE code = ?", code); err != nil {
		return 0, fmt.Errorf("remove personality type %s: %w", code, err)
	}
	return len(tags), nil
}

// keepTagNote appends a tag's note, marked with the type's name, to the notes of the person who
// carried it; a tag without a note changes nothing.
func (s *Store) keepTagNote(ctx context.Context, tx *sql.Tx, tag PersonTag, t model.PersonalityType) error {
	line := model.TagNoteLine(t, tag.Note)
	if line == "" {
		return nil
	}
	table, id := "customers", tag.CustomerID
	if tag.ContactID != 0 {
		table, id = "contacts", tag.ContactID
	}
	var notes string
	// The table name is one of two constants above, never user text.
	if err := tx.QueryRowContext(ctx, "SELECT notes FROM "+table+" WHERE id = ?", id).Scan(&notes); err != nil {
		return fmt.Errorf("read the notes of %s %d: %w", table, id, err)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE "+table+" SET notes = ?, updated_at = ? WHERE id = ?",
		model.AppendNote(notes, line), s.Now().Unix(), id); err != nil {
		return fmt.Errorf("keep the note of %s %d: %w", table, id, err)
	}
	return nil
}

// TypeCarrier is one person who carries a personality type: a customer, or a contact of one.
type TypeCarrier struct {
	CustomerID   int64
	CustomerName string
	Company      string
	ContactID    int64 // 0: the customer themself
	ContactName  string
	Note         string
}

// TypeCarriers returns up to limit people (customers not in the trash, and their contacts) who
// carry the type, by customer name, and how many there are in all.
func (s *Store) TypeCarriers(ctx context.Context, code string, limit int) ([]TypeCarrier, int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM person_types p JOIN customers c ON c.id = p.customer_id
		WHERE p.type_code = ? AND c.deleted_at IS NULL`, code).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count who carries %s: %w", code, err)
	}
	out, err := readAll(ctx, s.db, `SELECT c.id, c.name, c.company, ifnull(p.contact_id, 0), ifnull(k.name, ''), p.note
		FROM person_types p JOIN customers c ON c.id = p.customer_id LEFT JOIN contacts k ON k.id = p.contact_id
		WHERE p.type_code = ? AND c.deleted_at IS NULL ORDER BY c.name, c.id, ifnull(p.contact_id, 0) LIMIT ?`,
		func(rows *sql.Rows) (TypeCarrier, error) {
			var c TypeCarrier
			err := rows.Scan(&c.CustomerID, &c.CustomerName, &c.Company, &c.ContactID, &c.ContactName, &c.Note)
			return c, err
		}, code, limit)
	if err != nil {
		return nil, 0, fmt.Errorf("read who carries %s: %w", code, err)
	}
	return out, total, nil
}

// readType reads one type of the catalog; a missing one is model.ErrNotFound.
func readType(ctx context.Context, q querier, code string) (model.PersonalityType, error) {
	var t model.PersonalityType
	var builtIn int
	err := q.QueryRowContext(ctx, `SELECT code, typology, name_zh, name_en, traits_zh, traits_en, approach_zh,
		approach_en, avoid_zh, avoid_en, built_in FROM personality_types WHERE code = ?`, code).Scan(&t.Code, &t.Typology,
		&t.Name.Zh, &t.Name.En, &t.Traits.Zh, &t.Traits.En, &t.Approach.Zh, &t.Approach.En, &t.Avoid.Zh, &t.Avoid.En, &builtIn)
	if errors.Is(err, sql.ErrNoRows) {
		return t, fmt.Errorf("personality type %q: %w", code, model.ErrNotFound)
	}
	if err != nil {
		return t, fmt.Errorf("read personality type %s: %w", code, err)
	}
	t.BuiltIn = builtIn != 0
	return t, nil
}

// writeTypeTexts saves the typology and texts of an existing type, changed at the unix time at.
func writeTypeTexts(ctx context.Context, tx *sql.Tx, t model.PersonalityType, at int64) error {
	res, err := tx.ExecContext(ctx, `UPDATE personality_types SET typology=?, name_zh=?, name_en=?, traits_zh=?,
		traits_en=?, approach_zh=?, approach_en=?, avoid_zh=?, avoid_en=?, updated_at=? WHERE code=?`,
		t.Typology, t.Name.Zh, t.Name.En, t.Traits.Zh, t.Traits.En, t.Approach.Zh, t.Approach.En, t.Avoid.Zh,
		t.Avoid.En, at, t.Code)
	if err != nil {
		return fmt.Errorf("save personality type %s: %w", t.Code, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("personality type %s: %w", t.Code, model.ErrNotFound)
	}
	return nil
}

// checkTypeFits reports a typology that does not exist, or a name that another type of the same
// typology already has (which would make one of them unreachable by name), as a *model.FieldError.
func checkTypeFits(ctx context.Context, tx *sql.Tx, t model.PersonalityType) error {
	ok, err := exists(ctx, tx, "SELECT 1 FROM typologies WHERE code = ?", t.Typology)
	if err != nil {
		return err
	}
	if !ok {
		return &model.FieldError{Field: "typology", Msg: model.Text{Zh: "没有这个分类", En: "no such typology"}}
	}
	for _, n := range []struct{ field, column, name string }{{"name_zh", "name_zh", t.Name.Zh}, {"name_en", "name_en", t.Name.En}} {
		if n.name == "" {
			continue
		}
		// The column is one of two constants above, never user text.
		clash, err := exists(ctx, tx, "SELECT 1 FROM personality_types WHERE typology = ? AND code <> ? AND lower("+n.column+") = lower(?)",
			t.Typology, t.Code, n.name)
		if err != nil {
			return err
		}
		if clash {
			return &model.FieldError{Field: n.field, Msg: model.Text{Zh: "这个分类里已有同名的类型", En: "another type of this typology has this name"}}
		}
	}
	return nil
}

// sameTypologyName reports a name another typology already has, as a *model.FieldError.
func sameTypologyName(ctx context.Context, tx *sql.Tx, t model.Typology) error {
	for _, n := range []struct{ field, column, name string }{{"name_zh", "name_zh", t.Name.Zh}, {"name_en", "name_en", t.Name.En}} {
		if n.name == "" {
			continue
		}
		clash, err := exists(ctx, tx, "SELECT 1 FROM typologies WHERE code <> ? AND lower("+n.column+") = lower(?)", t.Code, n.name)
		if err != nil {
			return err
		}
		if clash {
			return &model.FieldError{Field: n.field, Msg: model.Text{Zh: "已有同名的分类", En: "another typology has this name"}}
		}
	}
	return nil
}

// newCatalogCode makes a free code for a new row of table (typologies or personality_types).
func newCatalogCode(ctx context.Context, tx *sql.Tx, table, name, fallback string) (string, error) {
	var lookErr error
	code := model.NewCode(name, fallback, func(c string) bool {
		// The table is one of two constants of this file, never user text.
		taken, err := exists(ctx, tx, "SELECT 1 FROM "+table+" WHERE code = ?", c)
		if err != nil {
			lookErr = err
			return false
		}
		return taken
	})
	return code, lookErr
}

// exists tells whether a query returns a row.
func exists(ctx context.Context, q querier, query string, args ...any) (bool, error) {
	var one int
	err := q.QueryRowContext(ctx, query, args...).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read the catalog: %w", err)
	}
	return true, nil
}

// codeTaken is the error of a code in use, or err when looking failed.
func codeTaken(err error) error {
	if err != nil {
		return err
	}
	return &model.FieldError{Field: "code", Msg: model.Text{Zh: "这个代码已被使用，请换一个", En: "this code is taken; choose another"}}
}

// touchCatalog sets when a row of table (typologies or personality_types) changed, on the store's
// clock: the inserts, shared with a new book's seed, leave it to the book's trigger.
func touchCatalog(ctx context.Context, tx *sql.Tx, table, code string, at int64) error {
	// The table is one of two constants of this file, never user text.
	if _, err := tx.ExecContext(ctx, "UPDATE "+table+" SET updated_at = ? WHERE code = ?", at, code); err != nil {
		return fmt.Errorf("save %s %s: %w", table, code, err)
	}
	return nil
}
