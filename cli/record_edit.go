package cli

import (
	"context"

	"guanxi/model"
	"guanxi/store"
)

// editRecord makes a record kind's edit (see recordEditor) from how the book reads the record of
// an id, how the flags given change it, and how the book writes it back.
func editRecord[T any](c *cli, read func(*store.Store, context.Context, int64) (T, error), change func(e *edit, r *T),
	write func(*store.Store, context.Context, *T) error) func(*store.Store, int64, map[string]bool) error {
	return func(s *store.Store, id int64, set map[string]bool) error {
		r, err := read(s, c.ctx, id)
		if err != nil {
			return err
		}
		e := &edit{c: c, set: set}
		if change(e, &r); e.err != nil {
			return e.err
		}
		return write(s, c.ctx, &r)
	}
}

// edit applies to a record the flags its edit was given: each method changes one field, and only
// when its flag was given, so an edit changes only what the user named. The first value that
// cannot be read is kept in err, and the methods after it change nothing.
type edit struct {
	c   *cli
	set map[string]bool
	err error
}

// apply runs change when flag was given and nothing failed before.
func (e *edit) apply(flag string, change func() error) {
	if e.err == nil && e.set[flag] {
		e.err = change()
	}
}

// text sets a text field to the flag's value; given empty, it clears the field.
func (e *edit) text(flag string, v, dst *string) {
	e.apply(flag, func() error { *dst = *v; return nil })
}

// date sets a date field to the flag's date.
func (e *edit) date(flag string, v *string, dst *model.Date) {
	e.apply(flag, func() (err error) { *dst, err = e.c.parseDate(flag, *v); return err })
}

// optionalDate sets a date field that may be empty: given empty, it clears the field.
func (e *edit) optionalDate(flag string, v *string, dst *model.Date) {
	e.apply(flag, func() (err error) {
		*dst = model.Date{}
		if *v != "" {
			*dst, err = e.c.parseDate(flag, *v)
		}
		return err
	})
}

// amount sets an amount field to the flag's amount.
func (e *edit) amount(flag string, v *string, dst *model.Money) {
	e.apply(flag, func() (err error) { *dst, err = e.c.parseAmount(flag, *v); return err })
}

// code sets a coded field to the code of list the flag names, by code or name (what names the
// list in the error).
func (e *edit) code(list []model.Code, what model.Text, flag string, v *string, set func(code string)) {
	e.apply(flag, func() error {
		code, err := e.c.parseCode(list, what, flag, *v)
		if err == nil {
			set(code)
		}
		return err
	})
}

// looseDate sets a date field as a file's date is read (2026-12-10, 1990/3/5, 3月5日 …): a day that
// may lie far back and has its year; given empty, it clears the field.
func (e *edit) looseDate(flag string, v *string, dst *model.Date) {
	e.apply(flag, func() (err error) {
		if *dst, err = model.ParseLooseDate(*v); err != nil {
			return e.c.usagef(texts.Shared.DateCannotRead, flag, *v)
		}
		return nil
	})
}
