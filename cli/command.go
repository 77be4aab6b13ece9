package cli

import (
	"guanxi/model"
	"strings"

	"github.com/spf13/cobra"
)

// command makes a command as help prints it: use is its usage line, short what it does; its
// positionals are args as argCounts reads them, checked (with the checks every command makes first)
// under path, the command as typed after guanxi; run gets them once the flags are parsed.
func (c *cli) command(path, args, use string, short model.Text, run func(pos []string) error) *cobra.Command {
	return &cobra.Command{Use: use, Short: short.In(c.lang), Args: c.positionals(path, args),
		RunE: func(_ *cobra.Command, pos []string) error { return run(pos) }}
}

// refArgs are the options every command that writes a record for one customer takes: the REF
// argument and --json, which prints the record written.
type refArgs struct {
	Ref  string // the REF argument
	JSON bool
}

// recordCommand makes such a command: use is its usage line, whose first word is its name.
func (c *cli) recordCommand(name, use string, short model.Text, opts *refArgs, run func() error) *cobra.Command {
	return c.switchCommand(name, "REF", use, short, "json", texts.Shared.PrintRecordWritten, &opts.JSON, c.takeArg(&opts.Ref, run))
}

// switchCommand makes a command (see command) whose one flag is the switch --flag, which help says
// what it does: on holds whether it was given by the time run is called.
func (c *cli) switchCommand(path, args, use string, short model.Text, flag string, help model.Text, on *bool, run func(pos []string) error) *cobra.Command {
	cmd := c.command(path, args, use, short, run)
	cmd.Flags().BoolVar(on, flag, false, c.t(help))
	return cmd
}

// parentCommand makes a noun whose actions are its subcommands (segment, replica): its usage line
// lists them, and it runs only when no action is named, to say which there are.
func (c *cli) parentCommand(name string, short model.Text, actions ...*cobra.Command) *cobra.Command {
	names := make([]string, len(actions))
	for i, a := range actions {
		names[i] = a.Name()
	}
	cmd := &cobra.Command{
		Use:   name + " " + strings.Join(names, "|"),
		Short: short.In(c.lang),
		Args:  func(cmd *cobra.Command, _ []string) error { return c.prepare(cmd) },
		RunE: func(_ *cobra.Command, args []string) error {
			choices := c.oneOf(names)
			if len(args) == 0 {
				return c.usagef(texts.Args.MissingActionSee, choices, name)
			}
			return c.usagef(texts.Args.TakesNot, name, choices, args[0])
		},
	}
	cmd.AddCommand(actions...)
	return cmd
}

// oneOf writes choices as "a, b or c" in the invocation's language.
func (c *cli) oneOf(choices []string) string {
	if len(choices) < 2 {
		return strings.Join(choices, "")
	}
	last := len(choices) - 1
	return strings.Join(choices[:last], c.t(texts.Shared.Comma)) + c.t(texts.Args.Or) + choices[last]
}

// argsAre checks a command's arguments by ok, after the checks every command makes first (see
// prepare); arguments ok refuses get the error refused makes of them.
func (c *cli) argsAre(ok func(args []string) bool, refused func(args []string) error) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := c.prepare(cmd); err != nil {
			return err
		}
		if !ok(args) {
			return refused(args)
		}
		return nil
	}
}

// argsOr checks a command's arguments by ok; arguments it refuses get the usage line usage.
func (c *cli) argsOr(usage model.Text, ok func(args []string) bool) cobra.PositionalArgs {
	return c.argsAre(ok, func([]string) error { return c.usagef(usage) })
}

// refuseArgs checks the arguments of a noun that runs alone and has verbs (trash, snapshots): an
// argument that names no verb is refused with unknown, which has the argument's %s or %q.
func (c *cli) refuseArgs(unknown model.Text) cobra.PositionalArgs {
	return c.argsAre(func(args []string) bool { return len(args) == 0 },
		func(args []string) error { return c.usagef(unknown, args[0]) })
}

// jsonCommand makes a command whose one flag is --json (jsonHelp says what it prints): run gets
// whether it was given.
func (c *cli) jsonCommand(path, use string, short, jsonHelp model.Text, run func(asJSON bool) error) *cobra.Command {
	var asJSON bool
	return c.switchCommand(path, "", use, short, "json", jsonHelp, &asJSON, func([]string) error { return run(asJSON) })
}
