package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"guanxi/wording"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// stringList is a flag that may be given several times (--type A --type B).
type stringList []string

func (l *stringList) String() string { return strings.Join(*l, ",") }

func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }

// Type names the value in flag errors and help, as the flag package names a Var.
func (l *stringList) Type() string { return "value" }

// setFlags returns the names of a command's own flags given on the command line (--db and --lang
// are not among them).
func setFlags(cmd *cobra.Command) map[string]bool {
	set := map[string]bool{}
	cmd.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) {
		if f.Changed {
			set[f.Name] = true
		}
	})
	return set
}

// findCustomer resolves REF (an id, or a name or phone of one customer) with a clear error.
func (c *cli) findCustomer(s *store.Store, ref string) (model.Customer, error) {
	return findRef(c, ref, s.FindCustomer, texts.Args.RefEmptyGive, texts.Args.NoCustomerHas)
}

// findRef resolves REF by find, the one way every REF is read: a blank REF is a usage error that
// empty words, and one find does not know is the error notFound words (with the REF's %s or %q).
func findRef[T any](c *cli, ref string, find func(context.Context, string) (T, error), empty, notFound model.Text) (T, error) {
	if strings.TrimSpace(ref) == "" {
		var none T
		return none, c.usagef(empty)
	}
	found, err := find(c.ctx, ref)
	if errors.Is(err, model.ErrNotFound) {
		return found, c.errorf(notFound, ref)
	}
	return found, err
}

// parseDate reads a date flag as model.ParseDate reads a typed date: 2026-12-10, 12月10日, 明天, 下周一, 3天后, today, +3d …
func (c *cli) parseDate(flagName, s string) (model.Date, error) {
	d, err := model.ParseDate(s, c.today())
	if err != nil {
		return d, c.usagef(texts.Args.DateUnreadable, flagName, s, err)
	}
	return d, nil
}

// parseAmount reads an amount flag: 5000000, 5,000,000, 500万, ¥1.5万 …
func (c *cli) parseAmount(flagName, s string) (model.Money, error) {
	m, err := model.ParseAmount(s)
	if err != nil {
		return m, c.usagef(texts.Args.AmountUnreadable, flagName, s, err)
	}
	return m, nil
}

// parseWhen reads --at, the time of a logged contact, by the one rule of model.ContactTime, and
// says in the user's language what to write when it cannot be read or lies in the future.
func (c *cli) parseWhen(s string) (time.Time, error) {
	at, err := model.ContactTime(s, c.now())
	if err != nil {
		return at, &usageError{"--at" + c.t(texts.Shared.Colon) + wording.ContactTimeProblem(s, at, err, c.lang)}
	}
	return at, nil
}

// catalog returns the book's personality types, and the same by code.
func (c *cli) catalog(s *store.Store) ([]model.PersonalityType, map[string]model.PersonalityType, error) {
	types, err := s.PersonalityTypes(c.ctx)
	if err != nil {
		return nil, nil, err
	}
	return types, typesByCode(types), nil
}

// typesTyped finds the personality types the user typed (each by its code or a name) in the book's
// catalog, in the order named; the first it cannot find is the error, before anything is written.
func (c *cli) typesTyped(s *store.Store, named ...string) ([]model.PersonalityType, error) {
	catalog, _, err := c.catalog(s)
	if err != nil {
		return nil, err
	}
	found := make([]model.PersonalityType, len(named))
	for i, n := range named {
		if found[i], err = model.FindType(catalog, n); err != nil {
			return nil, err
		}
	}
	return found, nil
}

// typesByCode are personality types by their codes.
func typesByCode(types []model.PersonalityType) map[string]model.PersonalityType {
	byCode := make(map[string]model.PersonalityType, len(types))
	for _, t := range types {
		byCode[t.Code] = t
	}
	return byCode
}

// textArg returns a text flag's value, reading standard input when it is "-".
func (c *cli) textArg(v string) (string, error) {
	if v != "-" {
		return v, nil
	}
	if c.stdin == nil {
		return "", nil
	}
	b, err := io.ReadAll(io.LimitReader(c.stdin, 4*model.MaxNoteLen+1))
	if err != nil {
		return "", fmt.Errorf("read standard input: %w", err)
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}

// confirmed asks a question at the terminal f and tells whether the answer was yes. What was
// buffered is written out first, so the question is on screen while the user answers.
func (c *cli) confirmed(f *os.File, question string) bool {
	c.stdout.WriteString(question)
	c.stdout.Flush()
	answer, _ := bufio.NewReader(f).ReadString('\n')
	return strings.TrimSpace(strings.ToLower(answer)) == "yes"
}
