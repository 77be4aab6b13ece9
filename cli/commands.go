package cli

import (
	"strings"

	"guanxi/model"

	"github.com/spf13/cobra"
)

// commandMaker is one command of the tree: the name it is typed by and what builds it, so an
// invocation can build the one command it runs and leave the others unbuilt.
type commandMaker struct {
	name string
	make func() *cobra.Command
	// wholeTree: the command reads the whole tree (completion scripts, the manual page), so it is
	// never built alone.
	wholeTree bool
}

// commandMakers are the commands in the order help lists them. A new command is one line here and
// a file of its own named as the user types it (see doc.go); TestCommandMakersNameTheirCommands
// checks each name against the command built.
func (c *cli) commandMakers() []commandMaker {
	verbs := func(noun func() *cobra.Command, name string, kind model.RecordKind, edit recordEditor) func() *cobra.Command {
		return func() *cobra.Command { return c.withRecordVerbs(noun(), name, kind, edit) }
	}
	return []commandMaker{
		{name: "today", make: c.newTodayCmd},
		{name: "list", make: c.newListCmd},
		{name: "show", make: c.newShowCmd},
		{name: "add", make: c.newAddCmd},
		{name: "edit", make: c.newEditCmd},
		{name: "log", make: verbs(c.newLogCmd, "log", model.RecordLog, editLog)},
		{name: "deal", make: verbs(c.newDealCmd, "deal", model.RecordDeal, editDeal)},
		{name: "remind", make: verbs(c.newRemindCmd, "remind", model.RecordReminder, editRemind)},
		{name: "complain", make: verbs(c.newComplainCmd, "complain", model.RecordComplaint, editComplain)},
		{name: "resolve", make: c.newResolveCmd},
		{name: "pay", make: verbs(c.newPayCmd, "pay", model.RecordPayment, editPay)},
		{name: "contact", make: c.newContactCmd},
		{name: "tag", make: c.newTagCmd},
		{name: "delete", make: c.newDeleteCmd},
		{name: "restore", make: c.newRestoreCmd},
		{name: "trash", make: c.newTrashCmd},
		{name: "report", make: c.newReportCmd},
		{name: "segment", make: c.newSegmentCmd},
		{name: "classes", make: c.newClassesCmd},
		{name: "holidays", make: c.newHolidaysCmd},
		{name: "backup", make: c.newBackupCmd},
		{name: "import", make: c.newImportCmd},
		{name: "export", make: c.newExportCmd},
		{name: "snapshots", make: c.newSnapshotsCmd},
		{name: "duplicates", make: c.newDuplicatesCmd},
		{name: "merge", make: c.newMergeCmd},
		{name: "check", make: c.newCheckCmd},
		{name: "replica", make: c.newReplicaCmd},
		{name: "demo", make: c.newDemoCmd},
		{name: "completion", make: c.newCompletionCmd, wholeTree: true},
		{name: "man", make: c.newManCmd, wholeTree: true},
	}
}

// commands returns every command, in the order help lists them.
func (c *cli) commands() []*cobra.Command {
	makers := c.commandMakers()
	out := make([]*cobra.Command, len(makers))
	for i, m := range makers {
		out[i] = m.make()
	}
	return out
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
