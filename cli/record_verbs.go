package cli

import (
	"fmt"
	"strconv"
	"strings"

	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Correcting the record from the command line: each kind of record (deal, log, remind, pay,
// complain, contact) has edit ID, delete ID and restore ID under its noun. edit changes only the
// flags given; delete moves the record to the trash and says how to restore it. The ids are those
// of `guanxi show` and `show --json`.

// verb makes a subcommand of a record's noun: define registers its flags on fs and returns what
// runs once they are parsed, given the positionals and the names of the flags given.
func (c *cli) verb(name, args, usage string, short model.Text, define func(fs *pflag.FlagSet) func(pos []string, set map[string]bool) error) *cobra.Command {
	use := name
	for _, part := range []string{args, usage} {
		if part != "" {
			use += " " + part
		}
	}
	cmd := &cobra.Command{Use: use, Short: short.In(c.lang), Args: c.positionals(name, args)}
	run := define(cmd.Flags())
	cmd.RunE = func(cmd *cobra.Command, pos []string) error { return run(pos, setFlags(cmd)) }
	return cmd
}

// recordEditor registers the flags of a record's edit on fs and returns what applies the flags
// given to the record of an id and saves it.
type recordEditor func(c *cli, fs *pflag.FlagSet) func(s *store.Store, id int64, set map[string]bool) error

// withRecordVerbs adds edit, delete and restore to a noun's command.
func (c *cli) withRecordVerbs(cmd *cobra.Command, noun string, kind model.RecordKind, edit recordEditor) *cobra.Command {
	name := kind.Name()
	cmd.AddCommand(c.verb("edit", "ID", "[--flags of "+noun+"]", textf(texts.Records.EditShort, name.Zh, name.En),
		func(fs *pflag.FlagSet) func([]string, map[string]bool) error {
			run := edit(c, fs)
			return func(pos []string, set map[string]bool) error { return c.runRecordEdit(noun, kind, pos[0], set, run) }
		}))
	cmd.AddCommand(c.verb("delete", "ID", "", textf(texts.Records.DeleteShort, name.Zh, name.En),
		func(fs *pflag.FlagSet) func([]string, map[string]bool) error {
			return func(pos []string, _ map[string]bool) error { return c.runRecordDelete(noun, kind, pos[0]) }
		}))
	cmd.AddCommand(c.verb("restore", "ID", "", textf(texts.Records.RestoreShort, name.Zh, name.En),
		func(fs *pflag.FlagSet) func([]string, map[string]bool) error {
			return func(pos []string, _ map[string]bool) error { return c.runRecordRestore(kind, pos[0]) }
		}))
	return cmd
}

// runRecordEdit runs `guanxi NOUN edit ID …`: only the flags given change the record.
func (c *cli) runRecordEdit(noun string, kind model.RecordKind, ref string, set map[string]bool, run func(*store.Store, int64, map[string]bool) error) error {
	id, err := c.recordID(ref)
	if err != nil {
		return err
	}
	if len(set) == 0 {
		return c.usagef(texts.Records.NothingChangeGive, noun)
	}
	return c.onBookToWrite(func(s *store.Store) error {
		if err := run(s, id, set); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Records.Corrected, kind.Name().In(c.lang), id))
		return nil
	})
}

// runRecordDelete runs `guanxi NOUN delete ID`: the record goes to the trash, and the line says
// how to bring it back.
func (c *cli) runRecordDelete(noun string, kind model.RecordKind, ref string) error {
	return c.onRecord(ref, func(s *store.Store, id int64) error {
		if err := s.DeleteRecord(c.ctx, kind, id); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Records.MovedTrashRestore,
			kind.Name().In(c.lang), id, noun, id))
		return nil
	})
}

// runRecordRestore runs `guanxi NOUN restore ID`.
func (c *cli) runRecordRestore(kind model.RecordKind, ref string) error {
	return c.onRecord(ref, func(s *store.Store, id int64) error {
		if err := s.RestoreRecord(c.ctx, kind, id); err != nil {
			return err
		}
		fmt.Fprintln(c.stdout, c.tf(texts.Records.Restored, kind.Name().In(c.lang), id))
		return nil
	})
}

// onRecord reads the id of the record ref names, opens the book to write and runs act on it.
func (c *cli) onRecord(ref string, act func(s *store.Store, id int64) error) error {
	id, err := c.recordID(ref)
	if err != nil {
		return err
	}
	return c.onBookToWrite(func(s *store.Store) error {
		return act(s, id)
	})
}

// recordID reads a record's id.
func (c *cli) recordID(s string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || id <= 0 {
		return 0, c.usagef(texts.Records.NotAnID, s)
	}
	return id, nil
}
