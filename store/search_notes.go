package store

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"guanxi/model"
)

// MinNotesQuery is the fewest characters a search needs before notes and logged contacts are
// searched too: one letter or character is found in nearly every note, and the names already
// answer it.
const MinNotesQuery = 2

// MaxSearchBytes is the longest search the store takes: SQLite refuses a LIKE pattern past 50,000
// bytes with a message no user can act on, and no name, phone or note is searched by pages of text.
const MaxSearchBytes = 2000

// searchTooLong says a search passes MaxSearchBytes, as an error on the query.
func searchTooLong(text string) error {
	if len(text) <= MaxSearchBytes {
		return nil
	}
	return &model.FieldError{Field: "query", Msg: model.Text{
		Zh: fmt.Sprintf("搜索的文字太长（%d 字节），最多 %d 字节", len(text), MaxSearchBytes),
		En: fmt.Sprintf("the search is too long (%d bytes); it can be at most %d bytes", len(text), MaxSearchBytes)}}
}

// SearchNotes returns, in id order, the customers (not in the trash) whose notes, or whose logged
// contacts' summaries or next steps, contain text, ignoring ASCII case. It reads every logged
// contact, so the list asks it after answering from memory and cancels it through ctx when the
// query changes. A text shorter than MinNotesQuery characters finds nothing; one longer than
// MaxSearchBytes is refused with a *model.FieldError on "query".
func (s *Store) SearchNotes(ctx context.Context, text string) ([]int64, error) {
	text = strings.TrimSpace(text)
	if err := searchTooLong(text); err != nil {
		return nil, err
	}
	if utf8.RuneCountInString(text) < MinNotesQuery {
		return nil, nil
	}
	pattern := "%" + likeEscape(text) + "%"
	// NOT INDEXED: both tables are read straight through, in their own order. For the ORDER BY,
	// SQLite would otherwise walk indexes in customer order and jump to the table for every
	// customer and every logged contact, each jump a page read: several times slower.
	ids, err := readIDs(ctx, s.db, `SELECT id FROM customers NOT INDEXED WHERE deleted_at IS NULL AND notes LIKE ?1 ESCAPE '\'
		UNION
		SELECT i.customer_id FROM interactions i NOT INDEXED JOIN customers c ON c.id = i.customer_id
		WHERE c.deleted_at IS NULL AND (i.summary LIKE ?1 ESCAPE '\' OR i.next_step LIKE ?1 ESCAPE '\')
		ORDER BY 1`, pattern)
	if err != nil {
		return nil, fmt.Errorf("search notes: %w", err)
	}
	return ids, nil
}
