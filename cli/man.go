package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// newManCmd is `guanxi man`: the manual page, written from the same command tree and texts as the
// help, in the user's language.
func (c *cli) newManCmd() *cobra.Command {
	cmd := c.command("man", "", "man", texts.Help.Short,
		func([]string) error {
			c.writeMan(c.root)
			return nil
		})
	cmd.Long = c.t(texts.Help.ReadGuanxiMan)
	return cmd
}

// writeMan writes the manual page of root in roff, the language of man pages.
func (c *cli) writeMan(root *cobra.Command) {
	w := c.stdout
	fmt.Fprintf(w, ".TH GUANXI 1 \"\" \"guanxi %s\" \"%s\"\n", roff(Version), roff(c.t(texts.Help.GuanxiManual)))
	name, about, _ := strings.Cut(c.tagline(), " — ")
	section := func(title string) { fmt.Fprintf(w, ".SH %s\n", roff(title)) }
	section(c.t(texts.Shared.ListName))
	fmt.Fprintf(w, "%s \\- %s\n", roff(name), roff(about))
	section(c.t(texts.Help.Synopsis))
	c.manRows(c.usageRows())
	section(c.t(texts.Help.Description))
	for _, line := range strings.Split(c.inputNotes(), "\n") {
		fmt.Fprintln(w, roff(line))
	}
	section(c.t(texts.Help.ManCommands))
	var walk func(cmd *cobra.Command)
	walk = func(cmd *cobra.Command) {
		for _, sub := range visibleCommands(cmd) {
			fmt.Fprintf(w, ".TP\n.B %s\n%s\n", roff(cmd.CommandPath()+" "+sub.Use), roff(sub.Short))
			if sub.Long != "" {
				for _, line := range strings.Split(sub.Long, "\n") {
					fmt.Fprintf(w, ".br\n%s\n", roff(line))
				}
			}
			if rows := flagRows(sub); len(rows) > 0 {
				fmt.Fprintln(w, ".RS")
				c.manRows(rows)
				fmt.Fprintln(w, ".RE")
			}
			walk(sub)
		}
	}
	walk(root)
	section(c.t(texts.Help.ManGlobalFlags))
	c.manRows(c.globalFlagRows())
	section(c.t(texts.Help.Environment))
	c.manRows([][2]string{
		{"GUANXI_DB", c.t(texts.Help.BookFileWhen)},
		{"LC_ALL, LC_MESSAGES, LANG", c.t(texts.Help.ChineseWhenStarts)},
		{"NO_COLOR", c.t(texts.Help.WhenSetNo)},
	})
	section(c.t(texts.Help.ExitStatus))
	c.manRows([][2]string{
		{"0", c.t(texts.Help.Success)},
		{"1", c.t(texts.Help.FailureBookFile)},
		{"2", c.t(texts.Help.WrongCommandLine)},
	})
}

// manRows writes rows as tagged paragraphs: the first column in bold, the second below it.
func (c *cli) manRows(rows [][2]string) {
	for _, r := range rows {
		fmt.Fprintf(c.stdout, ".TP\n.B %s\n%s\n", roff(r[0]), roff(r[1]))
	}
}

// roffEscapes are the characters roff would read as its own: the escape character, the hyphen
// (a minus in a flag must not become a typographic hyphen), and a quote that would end a .B argument.
var roffEscapes = strings.NewReplacer(`\`, `\e`, "-", `\-`, `"`, `\(dq`)

// roff makes text one line of roff text: escapes taken literally, and a line that starts with a
// dot or a quote kept from being read as a request.
func roff(s string) string {
	s = roffEscapes.Replace(strings.ReplaceAll(s, "\n", " "))
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}
