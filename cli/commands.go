package cli

import (
	"strings"

	"guanxi/model"

	"github.com/spf13/cobra"
)

// commands returns the commands in the order help lists them. A new command is one line here and
// a file of its own named as the user types it (see doc.go).
func (c *cli) commands() []*cobra.Command {
	return []*cobra.Command{
		c.newTodayCmd(),
		c.newListCmd(),
		c.newShowCmd(),
		c.newAddCmd(),
		c.newEditCmd(),
		c.withRecordVerbs(c.newLogCmd(), "log", model.RecordLog, editLog),
		c.withRecordVerbs(c.newDealCmd(), "deal", model.RecordDeal, editDeal),
		c.withRecordVerbs(c.newRemindCmd(), "remind", model.RecordReminder, editRemind),
		c.withRecordVerbs(c.newComplainCmd(), "complain", model.RecordComplaint, editComplain),
		c.newResolveCmd(),
		c.withRecordVerbs(c.newPayCmd(), "pay", model.RecordPayment, editPay),
		c.newContactCmd(),
		c.newTagCmd(),
		c.newDeleteCmd(),
		c.newRestoreCmd(),
		c.newTrashCmd(),
		c.newReportCmd(),
		c.newSegmentCmd(),
		c.newClassesCmd(),
		c.newHolidaysCmd(),
		c.newBackupCmd(),
		c.newImportCmd(),
		c.newExportCmd(),
		c.newSnapshotsCmd(),
		c.newDuplicatesCmd(),
		c.newMergeCmd(),
		c.newCheckCmd(),
		c.newReplicaCmd(),
		c.newDemoCmd(),
		c.newCompletionCmd(),
		c.newManCmd(),
	}
}

// argCounts reads a command's positional arguments as its usage line writes them: plain words are
// required, [WORDS] optional, and a trailing ... takes any number more (most is -1).
func argCounts(args string) (least, most int) {
	for _, f := range strings.Fields(args) {
		if strings.HasSuffix(f, "...") || strings.HasSuffix(f, "...]") {
			most = -1
		}
		if !strings.HasPrefix(f, "[") {
			least++
		}
		if most >= 0 {
			most++
		}
	}
	return least, most
}

// positionals checks a command's positional arguments against how its usage line writes them
// (see argCounts), after the checks every command makes first (see prepare).
func (c *cli) positionals(name, args string) cobra.PositionalArgs {
	least, most := argCounts(args)
	return func(cmd *cobra.Command, pos []string) error {
		if err := c.prepare(cmd); err != nil {
			return err
		}
		if len(pos) < least {
			if args == "REF" {
				return c.usagef(texts.Args.MissingRefCustomer, name)
			}
			return c.usagef(texts.Args.MissingSeeGuanxi, args, name)
		}
		if most >= 0 && len(pos) > most {
			return c.usagef(texts.Args.UnexpectedArgumentSee, pos[most], name)
		}
		return nil
	}
}

// takeArg is the run of a command that takes one argument (a REF, a FILE, a URL): it keeps the
// argument in *arg, where the command's options hold it, and runs the command. positionals has
// already checked that there is one.
func (c *cli) takeArg(arg *string, run func() error) func(pos []string) error {
	return func(args []string) error {
		*arg = args[0]
		return run()
	}
}
