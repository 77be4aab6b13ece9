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
	cmd := c.command(name, "REF", use, short, c.takeArg(&opts.Ref, run))
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.tr("输出写入的记录（JSON 对象）", "print the record written as a JSON object"))
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
				return c.usagef("缺少动作：%s（guanxi %s --help 查看用法）", "missing the action: %s (see guanxi %s --help)", choices, name)
			}
			return c.usagef("%s 的动作只能是 %s，而不是“%s”", "%s takes %s, not %q", name, choices, args[0])
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
	return strings.Join(choices[:last], c.tr("、", ", ")) + c.tr(" 或 ", " or ") + choices[last]
}

// refuseArgs checks the arguments of a noun that runs alone and has verbs (trash, snapshots): an
// argument that names no verb is refused with unknown, which has the argument's %s or %q.
func (c *cli) refuseArgs(unknown model.Text) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := c.prepare(cmd); err != nil {
			return err
		}
		if len(args) > 0 {
			return c.usagef(unknown.Zh, unknown.En, args[0])
		}
		return nil
	}
}
