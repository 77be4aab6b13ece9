package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"
)

// errDone ends an invocation that has already said all it had to (--version): exit 0.
var errDone = errors.New("done")

// main builds the command tree for this invocation, runs it and returns the exit code.
func (c *cli) main(args []string) int {
	// The language is looked for before the flags are parsed, so that help and flag errors speak it.
	c.lang = detectLang(args, c.env)
	return c.execute(c.treeFor(args), args)
}

// execute runs args on the command tree root and returns the exit code.
func (c *cli) execute(root *cobra.Command, args []string) int {
	if slices.Contains(args, cobra.ShellCompRequestCmd) || slices.Contains(args, cobra.ShellCompNoDescRequestCmd) {
		// Only the shell's question needs the completions: walking every command's flags for them
		// is a good part of building the tree, which every command pays before it starts.
		c.addCompletions(root)
	}
	root.SetArgs(args)
	root.SetIn(c.stdin)
	root.SetOut(c.stdout)
	root.SetErr(c.stderr)
	code := c.fail(root.Execute())
	c.closeReplica() // after the book is closed: ships what is left
	c.flush()
	return code
}

// flush writes out what both streams hold.
func (c *cli) flush() {
	c.stdout.Flush()
	c.stderr.Flush()
}

// treeFor builds the tree the invocation args needs. A command named first, after only the flags
// every command takes, is built alone under the root, and with no command named (the TUI,
// --version) the root has no children: building every command, with its flags and their help, is
// most of what an invocation does before it starts, and cobra finds, parses, runs and helps that
// one command the same way in either tree. Anything else (the overview of help, an unknown word,
// the shell's question, a command that reads the whole tree) gets the whole tree.
func (c *cli) treeFor(args []string) *cobra.Command {
	name, ok := typedCommand(args)
	if !ok {
		return c.newRoot()
	}
	if name == "" {
		return c.rootWith()
	}
	for _, m := range c.commandMakers() {
		if m.name == name && !m.wholeTree {
			return c.rootWith(m.make())
		}
	}
	return c.newRoot()
}

// typedCommand is the command args name: their first word that is no flag, when every word
// before it is a flag every command takes (with its value), or "" when every word is such a flag.
// ok is false when a word before the command is anything else (--help, --, a command's flag).
func typedCommand(args []string) (name string, ok bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			return a, true
		}
		flag, _, hasValue := strings.Cut(strings.TrimPrefix(a, "--"), "=")
		switch {
		case !strings.HasPrefix(a, "--"):
			return "", false
		case flag == "db" || flag == "lang":
			if !hasValue {
				if i+1 == len(args) {
					return "", false // the flag's value is missing: its error names it
				}
				i++ // the flag's value is the next word
			}
		case flag != "demo" && flag != "version":
			return "", false
		}
	}
	return "", true
}

// newRoot builds the whole command tree: the root opens the TUI, each command of the table is a
// child.
func (c *cli) newRoot() *cobra.Command { return c.rootWith(c.commands()...) }

// rootWith builds the root with the commands given as its children. cobra's own help, usage and
// error printing are replaced by ours, in the user's language.
func (c *cli) rootWith(commands ...*cobra.Command) *cobra.Command {
	// Help lists the commands in the table's order, not sorted.
	cobra.EnableCommandSorting = false
	root := &cobra.Command{
		Use:           "guanxi",
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          func(cmd *cobra.Command, _ []string) error { return c.prepare(cmd) },
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case len(args) > 0:
				return c.unknownCommand(args[0])
			case c.demoFlag:
				return c.runDemoTUI()
			}
			return c.runTUI()
		},
	}
	c.root = root
	root.CompletionOptions.DisableDefaultCmd = true
	pf := root.PersistentFlags()
	pf.StringVar(&c.dbFlag, "db", "", "")
	pf.StringVar(&c.langFlag, "lang", "", "")
	pf.BoolVar(&c.demoFlag, "demo", false, "")
	pf.BoolVar(&c.versionFlag, "version", false, "")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return c.flagError(commandName(cmd), err)
	})
	root.SetUsageFunc(func(*cobra.Command) error { return nil })
	root.SetHelpFunc(func(cmd *cobra.Command, _ []string) {
		if cmd == root {
			c.printHelp()
			return
		}
		c.printCommandHelp(cmd)
	})
	root.SetHelpCommand(&cobra.Command{
		Use:    "help",
		Hidden: true,
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				c.printHelp()
				return nil
			}
			cmd, _, err := root.Find(args)
			if err != nil || cmd == root || cmd.Hidden {
				return c.unknownCommand(args[0])
			}
			c.printCommandHelp(cmd)
			return nil
		},
	})
	root.AddCommand(commands...)
	root.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions([]cobra.Completion{"zh", "en"}, cobra.ShellCompDirectiveNoFileComp))
	return root
}

// prepare runs before any command once its flags are parsed: it checks --lang, prints the version
// for --version and refuses --demo with a command. Every command's Args check calls it first.
func (c *cli) prepare(cmd *cobra.Command) error {
	if err := c.applyLang(); err != nil {
		return err
	}
	if c.versionFlag {
		fmt.Fprintln(c.stdout, "guanxi", Version)
		return errDone
	}
	// With --json the output is for a program: no line of progress is shown (see longRun).
	if f := cmd.Flags().Lookup("json"); f != nil && f.Value.String() == "true" {
		c.jsonOut = true
	}
	if c.demoFlag && cmd.HasParent() {
		return c.usagef(texts.Args.DemoOpensSample)
	}
	return nil
}

// commandName is the command as the user typed it after "guanxi", "" for the root.
func commandName(cmd *cobra.Command) string {
	return strings.TrimSpace(strings.TrimPrefix(cmd.CommandPath(), cmd.Root().Name()))
}
