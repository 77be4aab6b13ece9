package cli

import (
	"fmt"
	"strings"

	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// A record's adding command (`guanxi deal REF --amount …`) reads its flags through the same kinds
// of field as the record's edit (record_fields.go): each field names its flag, its help and how its
// text is read once, so the adding command and the edit read a date, an amount or a code alike.

// requiredFlag is a flag an adding command cannot go without, and what it says when the flag is
// missing.
type requiredFlag struct {
	flag    string
	missing model.Text
}

// addFields registers the flags of fields on fs, in their order, and returns what reads them into
// a new record r, which holds the command's defaults beforehand: the required flags are checked
// first, in their order, then each field whose flag holds a value reads it, in the fields' order;
// the first failure is returned.
func addFields[T any](c *cli, fs *pflag.FlagSet, fields ...editField[T]) readAdded[T] {
	change := defineFields(c, fs, fields)
	return func(r *T, required ...requiredFlag) error {
		given := givenFlags(fs)
		for _, q := range required {
			if !given[q.flag] {
				return c.usagef(q.missing)
			}
		}
		e := &edit{c: c, set: given}
		change(e, r)
		return e.err
	}
}

// givenFlags names the flags of fs that hold a value. A flag given empty is as if it was not given,
// so the record keeps its default; a number or a yes-or-no always holds one, its default when not
// given.
func givenFlags(fs *pflag.FlagSet) map[string]bool {
	given := map[string]bool{}
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Value.String() != "" {
			given[f.Name] = true
		}
	})
	return given
}

// filledTextField sets a text the new record cannot be without, read as every text flag is ("-"
// reads standard input). It reads its flag whether given or not, so a missing or blank text is
// refused with blank in its turn among the fields.
func filledTextField[T any](flag string, help, blank model.Text, dst func(*T) *string) editField[T] {
	return func(c *cli, fs *pflag.FlagSet) func(*edit, *T) {
		v := fs.String(flag, "", c.t(help))
		return func(e *edit, r *T) {
			if e.err != nil {
				return
			}
			text, err := c.textArg(*v)
			if err == nil && strings.TrimSpace(text) == "" {
				err = c.usagef(blank)
			}
			*dst(r), e.err = text, err
		}
	}
}

// readAdded reads an adding command's flags into a new record (see addFields), checking the
// required flags first.
type readAdded[T any] func(r *T, required ...requiredFlag) error

// addCommand makes a record-adding command `name REF …` (see recordCommand) whose flags are fields;
// run reads them into a new record with read and writes it for the customer of ref.
func addCommand[T any](c *cli, name, use string, short model.Text, run func(ref refArgs, read readAdded[T]) error,
	fields ...editField[T]) *cobra.Command {
	var read readAdded[T]
	ref := &refArgs{}
	cmd := c.recordCommand(name, use, short, ref, func() error { return run(*ref, read) })
	read = addFields(c, cmd.Flags(), fields...)
	return cmd
}

// addFor writes a new record for the customer of opts.Ref with write, which returns the record as
// --json prints it and the sentence that says it otherwise; addFor prints the one asked for.
func (c *cli) addFor(opts refArgs, write func(s *store.Store, cu model.Customer) (asJSON any, said string, err error)) error {
	return c.onCustomer(opts.Ref, func(s *store.Store, cu model.Customer) error {
		asJSON, said, err := write(s, cu)
		if err != nil {
			return err
		}
		if opts.JSON {
			return c.writeJSON(asJSON)
		}
		fmt.Fprintln(c.stdout, said)
		return nil
	})
}
