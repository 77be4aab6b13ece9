package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"guanxi/model"
)

// seedCatalog writes the built-in typologies and types into a new book.
func seedCatalog(ctx context.Context, tx *sql.Tx) error {
	for i, t := range model.BuiltinTypologies() {
		if err := putTypology(ctx, tx, t, i, true, conflictFails); err != nil {
			return err
		}
	}
	for i, t := range model.BuiltinTypes() {
		if err := putType(ctx, tx, t, i, conflictFails); err != nil {
			return err
		}
	}
	return nil
}

// Typologies returns the book's typologies in display order.
func (s *Store) Typologies(ctx context.Context) ([]model.Typology, error) {
	return readRecords(ctx, s.db, "typologies", "SELECT code, name_zh, name_en, about_zh, about_en FROM typologies ORDER BY position, code",
		func(rows rowScanner) (model.Typology, error) {
			var t model.Typology
			err := rows.Scan(&t.Code, &t.Name.Zh, &t.Name.En, &t.About.Zh, &t.About.En)
			return t, err
		})
}

// PersonalityTypes returns every type of the book's catalog in display order.
func (s *Store) PersonalityTypes(ctx context.Context) ([]model.PersonalityType, error) {
	return s.personalityTypes(ctx, "")
}

// PersonalityTypesNamed returns the types of the book's catalog whose codes are given, in display
// order: what one customer's archive names, without reading the whole catalog.
func (s *Store) PersonalityTypesNamed(ctx context.Context, codes []string) ([]model.PersonalityType, error) {
	if len(codes) == 0 {
		return nil, nil
	}
	marks, args := inList(codes)
	return s.personalityTypes(ctx, "WHERE p.code IN ("+marks+")", args...)
}

// personalityTypes returns the types of the catalog that where (empty: every one) keeps, in
// display order.
func (s *Store) personalityTypes(ctx context.Context, where string, args ...any) ([]model.PersonalityType, error) {
	return readRecords(ctx, s.db, "personality types", `SELECT p.code, p.typology, p.name_zh, p.name_en, p.traits_zh, p.traits_en,
		p.approach_zh, p.approach_en, p.avoid_zh, p.avoid_en, p.built_in FROM personality_types p
		LEFT JOIN typologies t ON t.code = p.typology `+where+` ORDER BY t.position, p.position, p.code`,
		func(rows rowScanner) (model.PersonalityType, error) {
			var t model.PersonalityType
			var builtIn int
			err := rows.Scan(&t.Code, &t.Typology, &t.Name.Zh, &t.Name.En, &t.Traits.Zh, &t.Traits.En,
				&t.Approach.Zh, &t.Approach.En, &t.Avoid.Zh, &t.Avoid.En, &builtIn)
			t.BuiltIn = builtIn != 0
			return t, err
		}, args...)
}

// PersonTag is one personality type put on a person, with the user's note about it.
type PersonTag struct {
	CustomerID int64
	ContactID  int64 // 0: the customer themself
	Type       string
	Note       string
	// ContactName is the contact's name when read back (empty for the customer themself).
	ContactName string
}

// TagPerson puts a personality type on a customer (contactID 0) or one of their contacts; tagging
// again with the same type replaces the note.
func (s *Store) TagPerson(ctx context.Context, tag PersonTag) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if tag.ContactID != 0 {
			var owner int64
			if err := tx.QueryRowContext(ctx, "SELECT customer_id FROM contacts WHERE id = ?", tag.ContactID).Scan(&owner); err != nil || owner != tag.CustomerID {
				return fmt.Errorf("contact %d of customer %d: %w", tag.ContactID, tag.CustomerID, model.ErrNotFound)
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM person_types WHERE customer_id = ? AND ifnull(contact_id, 0) = ? AND type_code = ?`,
			tag.CustomerID, tag.ContactID, tag.Type); err != nil {
			return err
		}
		tag.Note = strings.TrimSpace(tag.Note)
		if _, err := tx.ExecContext(ctx, insertTag.one, tagArgs(nil, tag, s.Now().Unix())...); err != nil {
			return fmt.Errorf("tag with %s: %w", tag.Type, err)
		}
		return nil
	})
}

// UntagPerson takes a personality type off a person. A note on the tag moves into the person's own
// notes, marked with the type's name, so taking a tag off never loses what the user wrote.
func (s *Store) UntagPerson(ctx context.Context, customerID, contactID int64, code string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var note string
		err := tx.QueryRowContext(ctx, `SELECT note FROM person_types WHERE customer_id = ? AND ifnull(contact_id, 0) = ? AND type_code = ?`,
			customerID, contactID, code).Scan(&note)
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("personality type %s on customer %d: %w", code, customerID, model.ErrNotFound)
		}
		if err != nil {
			return fmt.Errorf("read the tag %s: %w", code, err)
		}
		t, err := readType(ctx, tx, code)
		if err != nil {
			return err
		}
		if err := s.keepTagNote(ctx, tx, PersonTag{CustomerID: customerID, ContactID: contactID, Type: code, Note: note}, t); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM person_types WHERE customer_id = ? AND ifnull(contact_id, 0) = ? AND type_code = ?`,
			customerID, contactID, code)
		return err
	})
}

// PersonTags returns every type tag of a customer and their contacts, the customer's own first.
func (s *Store) PersonTags(ctx context.Context, customerID int64) ([]PersonTag, error) {
	tags, err := s.TagsOf(ctx, []int64{customerID})
	return tags[customerID], err
}

// TagsOf returns the type tags of several customers and their contacts, by customer: for each, the
// customer's own tags first, then each contact's in the order they were added.
func (s *Store) TagsOf(ctx context.Context, customerIDs []int64) (map[int64][]PersonTag, error) {
	out := make(map[int64][]PersonTag, len(customerIDs))
	err := eachRow(ctx, s.db, `SELECT p.customer_id, ifnull(p.contact_id, 0), p.type_code, p.note, ifnull(k.name, '')
		FROM person_types p LEFT JOIN contacts k ON k.id = p.contact_id
		WHERE p.customer_id IN (SELECT value FROM json_each(?)) ORDER BY p.customer_id, ifnull(p.contact_id, 0), p.id`,
		idList(customerIDs), func(rows *sql.Rows) error {
			var t PersonTag
			err := rows.Scan(&t.CustomerID, &t.ContactID, &t.Type, &t.Note, &t.ContactName)
			out[t.CustomerID] = append(out[t.CustomerID], t)
			return err
		})
	if err != nil {
		return nil, fmt.Errorf("read personality tags: %w", err)
	}
	return out, nil
}

// personTypeCodes returns the type codes of one person: the customer (contactID 0) or a contact.
func (s *Store) personTypeCodes(ctx context.Context, customerID, contactID int64) ([]string, error) {
	out, err := readStrings(ctx, s.db, `SELECT type_code FROM person_types WHERE customer_id = ? AND ifnull(contact_id, 0) = ?
		ORDER BY id`, customerID, contactID)
	if err != nil {
		return nil, fmt.Errorf("read personality types of %s: %w", strconv.FormatInt(customerID, 10), err)
	}
	return out, nil
}
