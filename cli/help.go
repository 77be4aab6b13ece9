package cli

import (
	"fmt"
	"guanxi/store"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// The help's texts, which guanxi --help prints as tables and guanxi man as a manual page.

// tagline says what guanxi is, in one line.
func (c *cli) tagline() string {
	return c.t(texts.Help.GuanxiTerminalCrm)
}

// usageRows are the ways guanxi is run, each with what it does.
func (c *cli) usageRows() [][2]string {
	return [][2]string{
		{"guanxi [--db PATH] [--lang zh|en]", c.t(texts.Help.OpenBookTerminal)},
		{"guanxi --demo", c.t(texts.Help.TryFreshSample)},
		{"guanxi COMMAND [flags]", c.t(texts.Help.RunOneCommand)},
		{"guanxi COMMAND --help", c.t(texts.Help.EveryFlagCommand)},
	}
}

// globalFlagRows are the flags every command takes, each with what it does.
func (c *cli) globalFlagRows() [][2]string {
	def, err := store.DefaultPath()
	if err != nil {
		def = "$XDG_DATA_HOME/guanxi/guanxi.db"
	}
	return [][2]string{
		{"--db PATH", c.tf(texts.Help.BookFileDefault, def)},
		{"--lang zh|en", c.t(texts.Help.LanguageOutputDefault)},
		{"--version", c.t(texts.Help.PrintVersion)},
		{"--help", c.t(texts.Help.PrintThisHelp)},
	}
}

// inputNotes says how codes, dates and amounts may be written, one paragraph a line.
func (c *cli) inputNotes() string {
	return c.t(texts.Help.LevelsStagesRelations)
}

// flagRows are a command's own flags, as "--name VALUE" and what the flag does.
func flagRows(cmd *cobra.Command) [][2]string {
	var rows [][2]string
	cmd.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) {
		name, usage := pflag.UnquoteUsage(f)
		if usage == "" || f.Name == "help" {
			return
		}
		left := "--" + f.Name
		if name != "" {
			left += " " + name
		}
		rows = append(rows, [2]string{left, usage})
	})
	return rows
}

// visibleCommands are the commands under cmd that help lists.
func visibleCommands(cmd *cobra.Command) []*cobra.Command {
	var out []*cobra.Command
	for _, sub := range cmd.Commands() {
		if !sub.Hidden {
			out = append(out, sub)
		}
	}
	return out
}

// printRows prints rows as an indented two-column table.
func (c *cli) printRows(rows [][2]string) {
	t := &table{}
	for _, r := range rows {
		t.add(txt(r[0]), txt(r[1]))
	}
	widths := t.widths()
	for _, row := range t.rows {
		writeRow(c.stdout, widths, "  ", row)
	}
}

// commandRows are the commands under cmd with their summaries.
func commandRows(cmd *cobra.Command) [][2]string {
	var rows [][2]string
	for _, sub := range visibleCommands(cmd) {
		rows = append(rows, [2]string{sub.Name(), sub.Short})
	}
	return rows
}

// printHelp prints the overview: how to open the TUI, the commands, the global flags.
func (c *cli) printHelp() {
	w := c.stdout
	fmt.Fprintln(w, c.tagline())
	fmt.Fprintln(w)
	w.styledLine(styleBold, c.t(texts.Help.Usage))
	c.printRows(c.usageRows())
	fmt.Fprintln(w)
	w.styledLine(styleBold, c.t(texts.Help.Commands))
	c.printRows(commandRows(c.root))
	fmt.Fprintln(w)
	c.printGlobalFlags()
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.inputNotes())
}

// printGlobalFlags lists the flags every command takes.
func (c *cli) printGlobalFlags() {
	c.stdout.styledLine(styleBold, c.t(texts.Help.GlobalFlags))
	c.printRows(c.globalFlagRows())
}

// printCommandHelp prints a command's usage line, what it does, its verbs and its own flags.
func (c *cli) printCommandHelp(cmd *cobra.Command) {
	w := c.stdout
	w.style(styleBold, c.t(texts.Help.UsagePrefix))
	fmt.Fprintln(w, cmd.Parent().CommandPath()+" "+cmd.Use)
	fmt.Fprintln(w, cmd.Short)
	if cmd.Long != "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, cmd.Long)
	}
	if rows := commandRows(cmd); len(rows) > 0 {
		fmt.Fprintln(w)
		w.styledLine(styleBold, c.t(texts.Help.Commands))
		c.printRows(rows)
	}
	if rows := flagRows(cmd); len(rows) > 0 {
		fmt.Fprintln(w)
		w.styledLine(styleBold, c.t(texts.Help.Flags))
		c.printRows(rows)
	}
	fmt.Fprintln(w)
	c.printGlobalFlags()
}
