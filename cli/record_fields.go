package cli

import (
	"context"

	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/pflag"
)

// A record's edit (`guanxi deal edit ID --amount …`) as a table of fields: each field names its
// flag once, with its help, and says which part of the record the flag changes, so the flag a
// command takes and the flag its edit reads cannot drift apart.

// editField is one flag of a record's edit: it registers the flag on fs and returns how the flag,
// when given, changes the record.
type editField[T any] func(c *cli, fs *pflag.FlagSet) func(e *edit, r *T)

// fieldsEditor is the edit of a record kind made of its fields: read gets the record of an id,
// the fields given change it, write saves it.
func fieldsEditor[T any](read func(*store.Store, context.Context, int64) (T, error),
	write func(*store.Store, context.Context, *T) error, fields ...editField[T]) recordEditor {
	return func(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
		return editRecord(c, read, defineFields(c, fs, fields), write)
	}
}

// defineFields registers the flags of fields on fs, in their order, and returns what applies the
// ones given to a record.
func defineFields[T any](c *cli, fs *pflag.FlagSet, fields []editField[T]) func(e *edit, r *T) {
	apply := make([]func(*edit, *T), len(fields))
	for i, f := range fields {
		apply[i] = f(c, fs)
	}
	return func(e *edit, r *T) {
		for _, a := range apply {
			a(e, r)
		}
	}
}

// stringField is a field whose flag takes text, which set applies to the record.
func stringField[T any](flag string, help model.Text, set func(e *edit, flag string, v *string, r *T)) editField[T] {
	return func(c *cli, fs *pflag.FlagSet) func(*edit, *T) {
		v := fs.String(flag, "", c.t(help))
		return func(e *edit, r *T) { set(e, flag, v, r) }
	}
}

// textField sets a text of the record; given empty, it clears it.
func textField[T any](flag string, help model.Text, dst func(*T) *string) editField[T] {
	return stringField(flag, help, func(e *edit, flag string, v *string, r *T) { e.text(flag, v, dst(r)) })
}

// dateField sets a date of the record.
func dateField[T any](flag string, help model.Text, dst func(*T) *model.Date) editField[T] {
	return stringField(flag, help, func(e *edit, flag string, v *string, r *T) { e.date(flag, v, dst(r)) })
}

// optionalDateField sets a date of the record that may be empty: given empty, it clears it.
func optionalDateField[T any](flag string, help model.Text, dst func(*T) *model.Date) editField[T] {
	return stringField(flag, help, func(e *edit, flag string, v *string, r *T) { e.optionalDate(flag, v, dst(r)) })
}

// amountField sets an amount of the record.
func amountField[T any](flag string, help model.Text, dst func(*T) *model.Money) editField[T] {
	return stringField(flag, help, func(e *edit, flag string, v *string, r *T) { e.amount(flag, v, dst(r)) })
}

// looseDateField sets a date of the record as a file's date is read (2026-12-10, 1990/3/5, 3月5日
// …); given empty, it clears it.
func looseDateField[T any](flag string, help model.Text, dst func(*T) *model.Date) editField[T] {
	return stringField(flag, help, func(e *edit, flag string, v *string, r *T) { e.looseDate(flag, v, dst(r)) })
}

// codeField sets a coded part of the record to the code of list the flag names, by code or name
// (what names the list in the error).
func codeField[T any](flag string, help model.Text, list []model.Code, what model.Text, set func(r *T, code string)) editField[T] {
	return stringField(flag, help, func(e *edit, flag string, v *string, r *T) {
		e.code(list, what, flag, v, func(code string) { set(r, code) })
	})
}

// readField sets a part of the record by read, which reads the flag's text (and says why not).
func readField[T any](flag string, help model.Text, read func(c *cli, v string, r *T) error) editField[T] {
	return stringField(flag, help, func(e *edit, flag string, v *string, r *T) {
		e.apply(flag, func() error { return read(e.c, *v, r) })
	})
}

// valueField sets a part of the record from a flag that always holds a value (a number, an id, a
// yes or no): define registers the flag on fs with its help.
func valueField[T, V any](flag string, help model.Text, define func(fs *pflag.FlagSet, flag, help string) *V, set func(r *T, v V)) editField[T] {
	return func(c *cli, fs *pflag.FlagSet) func(*edit, *T) {
		v := define(fs, flag, c.t(help))
		return func(e *edit, r *T) { e.apply(flag, func() error { set(r, *v); return nil }) }
	}
}

// intField sets a number of the record; its flag holds def when not given.
func intField[T any](flag string, def int, help model.Text, set func(r *T, v int)) editField[T] {
	return valueField(flag, help, func(fs *pflag.FlagSet, flag, help string) *int { return fs.Int(flag, def, help) }, set)
}

// idField sets the id of another record the record belongs to.
func idField[T any](flag string, help model.Text, set func(r *T, id int64)) editField[T] {
	return valueField(flag, help, func(fs *pflag.FlagSet, flag, help string) *int64 { return fs.Int64(flag, 0, help) }, set)
}

// boolField sets a yes or no of the record.
func boolField[T any](flag string, help model.Text, set func(r *T, v bool)) editField[T] {
	return valueField(flag, help, func(fs *pflag.FlagSet, flag, help string) *bool { return fs.Bool(flag, false, help) }, set)
}
