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

// optDate reads a day of a table's row, "" for none.
func optDate(s string) Date {
	if s == "" {
		return Date{}
	}
	return MustDate(s)
}
