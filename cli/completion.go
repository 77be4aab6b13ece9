package cli

import (
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"guanxi/model"
	"guanxi/store"
)

// newCompletionCmd is `guanxi completion bash|zsh|fish`: the shell's completion script. The script
// asks guanxi itself what to complete (cobra's hidden __complete command), so the completions are
// always the commands and flags of this tree, and the names in the book of the moment.
func (c *cli) newCompletionCmd() *cobra.Command {
	cmd := c.command("completion", "SHELL", "completion bash|zsh|fish", texts.Help.PrintShellCompletion, func(pos []string) error {
		switch pos[0] {
		case "bash":
			return c.root.GenBashCompletionV2(c.stdout, true)
		case "zsh":
			return c.root.GenZshCompletion(c.stdout)
		}
		return c.root.GenFishCompletion(c.stdout, true)
	})
	cmd.Long = c.t(texts.Help.CompletionLong)
	cmd.ValidArgs = []cobra.Completion{"bash", "zsh", "fish"}
	cmd.Args = c.argsOr(texts.Help.UsageGuanxiCompletion, func(args []string) bool {
		return len(args) == 1 && slices.Contains([]string{"bash", "zsh", "fish"}, args[0])
	})
	return cmd
}

// addCompletions gives every command of the tree its completions, by what its arguments and flags
// are: a REF completes customer names, NAME a saved list, SNAPSHOT a snapshot; --level, --stage,
// --relation and --channel their codes, --type the personality types, --segment the saved lists.
// A command added to the tree gets them without more work; one that sets its own keeps its own.
func (c *cli) addCompletions(cmd *cobra.Command) {
	for _, sub := range cmd.Commands() {
		c.addCompletions(sub)
	}
	if cmd.ValidArgsFunction == nil && cmd.ValidArgs == nil {
		args := positionalNames(cmd.Use)
		switch {
		case cmd.Name() == "restore" && slices.Equal(args, []string{"REF"}):
			cmd.ValidArgsFunction = c.completeArgs(args, c.trashedNames)
		case len(args) > 0:
			cmd.ValidArgsFunction = c.completeArgs(args, c.customerNames)
		}
	}
	flags := map[string]func(string) []cobra.Completion{
		// the levels' table is read only when a level is completed, not each time the tree is built
		"level":    func(s string) []cobra.Completion { return codes(model.LevelCodes())(s) },
		"stage":    codes(model.Stages),
		"relation": codes(model.Relations),
		"channel":  codes(model.Channels),
		"type":     c.typeCodes,
		"segment":  c.segmentNames,
	}
	for name, complete := range flags {
		if cmd.LocalNonPersistentFlags().Lookup(name) == nil {
			continue
		}
		if _, ok := cmd.GetFlagCompletionFunc(name); ok {
			continue
		}
		cmd.RegisterFlagCompletionFunc(name, func(_ *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return complete(toComplete), cobra.ShellCompDirectiveNoFileComp
		})
	}
}

// positionalNames reads the positional arguments of a usage line: "log REF --channel C [--at WHEN]"
// has REF; a flag's value (C, WHEN) is not one. Brackets and a trailing ... are taken off.
func positionalNames(use string) []string {
	var names []string
	value := false
	for _, w := range strings.Fields(use)[1:] {
		switch {
		case strings.HasPrefix(w, "--") || strings.HasPrefix(w, "[--"):
			value = !strings.HasSuffix(w, "]")
		case value:
			value = false
		default:
			names = append(names, strings.Trim(w, "[]."))
		}
	}
	return names
}

// completeArgs completes each positional argument by its name in the usage line: customers for a
// REF (and KEEP, MERGED), saved lists for NAME, snapshots for SNAPSHOT; files for FILE.
func (c *cli) completeArgs(args []string, customers func(string) []cobra.Completion) cobra.CompletionFunc {
	return func(_ *cobra.Command, given []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(given) >= len(args) {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		switch args[len(given)] {
		case "REF", "KEEP", "MERGED":
			return customers(toComplete), cobra.ShellCompDirectiveNoFileComp
		case "NAME":
			return c.segmentNames(toComplete), cobra.ShellCompDirectiveNoFileComp
		case "SNAPSHOT":
			return c.snapshotNames(toComplete), cobra.ShellCompDirectiveNoFileComp
		case "FILE":
			return nil, cobra.ShellCompDirectiveDefault
		}
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
}

// completionLimit is the most names a completion offers: a shell shows no more usefully.
const completionLimit = 200

// withBook runs read on the book when it exists; a completion never creates a book, and says
// nothing when the book cannot be read.
func (c *cli) withBook(read func(s *store.Store) []cobra.Completion) []cobra.Completion {
	path, err := c.dbPath()
	if err != nil {
		return nil
	}
	if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
		return nil
	}
	s, err := c.open()
	if err != nil {
		return nil
	}
	defer s.Close()
	return read(s)
}

// customerNames are the names of the customers whose searchable text holds the word typed so
// far, each with the company as its description.
func (c *cli) customerNames(toComplete string) []cobra.Completion {
	return completionsFrom(c, func(s *store.Store) ([]model.Customer, error) {
		return s.ListCustomers(c.ctx, store.ListQuery{Text: toComplete, Limit: completionLimit})
	}, func(cu model.Customer) (string, string) { return cu.Name, cu.Company })
}

// trashedNames are the names of the customers in the trash.
func (c *cli) trashedNames(string) []cobra.Completion {
	return completionsFrom(c, func(s *store.Store) ([]store.TrashedCustomer, error) { return s.Trash(c.ctx) },
		func(tc store.TrashedCustomer) (string, string) { return tc.Name, tc.Company })
}

// segmentNames are the saved lists, each with its query as the description.
func (c *cli) segmentNames(string) []cobra.Completion {
	return completionsFrom(c, func(s *store.Store) ([]store.Segment, error) { return s.Segments(c.ctx) },
		func(g store.Segment) (string, string) { return g.Name, g.Query })
}

// snapshotNames are the snapshots of the book, newest first as snapshots lists them.
func (c *cli) snapshotNames(string) []cobra.Completion {
	path, err := c.dbPath()
	if err != nil {
		return nil
	}
	snaps, err := store.Snapshots(path)
	if err != nil {
		return nil
	}
	return completions(snaps, func(sn store.Snapshot) (string, string) { return sn.Name, c.snapshotKindName(sn.Kind) })
}

// typeCodes are the book's personality types, by code, with their names.
func (c *cli) typeCodes(string) []cobra.Completion {
	return completionsFrom(c, func(s *store.Store) ([]model.PersonalityType, error) {
		types, _, err := c.catalog(s)
		return types, err
	}, func(t model.PersonalityType) (string, string) { return t.Code, t.Name.In(c.lang) })
}

// codes completes the codes of a list, with their Chinese names.
func codes(list []model.Code) func(string) []cobra.Completion {
	return func(string) []cobra.Completion {
		return completions(list, func(code model.Code) (string, string) { return code.Code, code.Name.Zh })
	}
}

// completionsFrom reads rows from the book and makes each a completion, its value and
// description given by describe; none when the book cannot be read.
func completionsFrom[T any](c *cli, read func(s *store.Store) ([]T, error), describe func(T) (value, description string)) []cobra.Completion {
	return c.withBook(func(s *store.Store) []cobra.Completion {
		rows, err := read(s)
		if err != nil {
			return nil
		}
		return completions(rows, describe)
	})
}

// completions makes each row a completion, its value and description given by describe.
func completions[T any](rows []T, describe func(T) (value, description string)) []cobra.Completion {
	out := make([]cobra.Completion, len(rows))
	for i, r := range rows {
		out[i] = completion(describe(r))
	}
	return out
}

// completion is one candidate with its description, each on one line: the protocol separates
// them with a tab and the candidates with newlines. The screen sanitizes them as it writes them.
func completion(value, description string) cobra.Completion {
	return cobra.CompletionWithDesc(model.SanitizeLine(value), model.SanitizeLine(description))
}
