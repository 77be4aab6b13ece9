package model

import (
	"errors"
	"testing"
)

// wantFieldError holds the error of a validation to what a table's row expects: none when field
// is "", else a *FieldError on field.
func wantFieldError(t *testing.T, name string, err error, field string) {
	t.Helper()
	var fe *FieldError
	switch {
	case field == "" && err != nil:
		t.Errorf("%s: unexpected error %v", name, err)
	case field != "" && (!errors.As(err, &fe) || fe.Field != field):
		t.Errorf("%s: error = %v, want a *FieldError on %s", name, err, field)
	}
}

// edits is the table of a validation: each case named, an edit of a valid value, and the field
// the error of the edited value is about ("" when it is valid).
type edits[V any] []struct {
	name  string
	edit  func(*V)
	field string
}

// checkEdits makes each edit of the table to a copy of ok and holds validate's answer on it to the
// field wanted (see wantFieldError).
func checkEdits[V any](t *testing.T, ok V, validate func(V) error, table edits[V]) {
	t.Helper()
	for _, tt := range table {
		v := ok
		tt.edit(&v)
		wantFieldError(t, tt.name, validate(v), tt.field)
	}
}

// verdicts is the table of a check that accepts or refuses: each case named, what is checked, and
// whether it is accepted.
type verdicts[C any] []struct {
	name string
	c    C
	ok   bool
}

// checkVerdicts gives check each case of the table and reports, with its error, every case refused
// that should be accepted or accepted that should be refused.
func checkVerdicts[C any](t *testing.T, check func(C) error, table verdicts[C]) {
	t.Helper()
	for _, tt := range table {
		if err := check(tt.c); (err == nil) != tt.ok {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

// optDate reads a day of a table's row, "" for none.
func optDate(s string) Date {
	if s == "" {
		return Date{}
	}
	return MustDate(s)
}
