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
	return c.tr("guanxi（关系）— 终端里的客户关系管理：一个销售员的客户簿", "guanxi (关系) — a terminal CRM for one salesperson's book of accounts")
}

// usageRows are the ways guanxi is run, each with what it does.
func (c *cli) usageRows() [][2]string {
	return [][2]string{
		{"guanxi [--db PATH] [--lang zh|en]", c.tr("在终端界面中打开客户簿", "open the book in the terminal UI")},
		{"guanxi --demo", c.tr("在临时示例客户簿上试用（不碰你的客户簿）", "try it on a fresh sample book (your own book is not touched)")},
		{"guanxi COMMAND [flags]", c.tr("运行一个命令（见下）", "run one command (below)")},
		{"guanxi COMMAND --help", c.tr("一个命令的全部参数", "every flag of a command")},
	}
}

// globalFlagRows are the flags every command takes, each with what it does.
func (c *cli) globalFlagRows() [][2]string {
	def, err := store.DefaultPath()
	if err != nil {
		def = "$XDG_DATA_HOME/guanxi/guanxi.db"
	}
	return [][2]string{
		{"--db PATH", c.trf("客户簿文件（默认取环境变量 GUANXI_DB，否则 %s）", "the book's file (default: $GUANXI_DB, else %s)", def)},
		{"--lang zh|en", c.tr("界面语言（默认按 LANG / LC_ALL）", "language of the output (default: from LANG / LC_ALL)")},
		{"--version", c.tr("显示版本", "print the version")},
		{"--help", c.tr("显示帮助", "print this help")},
	}
}

// inputNotes says how codes, dates and amounts may be written, one paragraph a line.
func (c *cli) inputNotes() string {
	return c.tr(
		"参数里的级别、阶段、关系、联系方式和性格类型可以写代码，也可以写中文名（--level 战略客户、--type 犹豫型）。\n日期可写 2026-12-10、12月10日、明天、后天、周五、下周一、3天后、月底（也可写 today、+3d）；金额可写 5000000、5,000,000、12.5万、3万5、1.2亿、5000元。",
		"Levels, stages, relations, channels and personality types take their code or Chinese name\n(--level strategic or --level 战略客户, --type 犹豫型). Dates take YYYY-MM-DD, today, tomorrow,\n+3d, +2w and the Chinese forms (明天, 下周一, 12月10日); amounts take 5000000, 5,000,000, 500万, ¥1.5万.")
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
	w.styledLine(styleBold, c.tr("用法：", "Usage:"))
	c.printRows(c.usageRows())
	fmt.Fprintln(w)
	w.styledLine(styleBold, c.tr("命令：", "Commands:"))
	c.printRows(commandRows(c.root))
	fmt.Fprintln(w)
	c.printGlobalFlags()
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.inputNotes())
}

// printGlobalFlags lists the flags every command takes.
func (c *cli) printGlobalFlags() {
	c.stdout.styledLine(styleBold, c.tr("通用参数：", "Global flags:"))
	c.printRows(c.globalFlagRows())
}

// printCommandHelp prints a command's usage line, what it does, its verbs and its own flags.
func (c *cli) printCommandHelp(cmd *cobra.Command) {
	w := c.stdout
	w.style(styleBold, c.tr("用法：", "Usage: "))
	fmt.Fprintln(w, cmd.Parent().CommandPath()+" "+cmd.Use)
	fmt.Fprintln(w, cmd.Short)
	if cmd.Long != "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, cmd.Long)
	}
	if rows := commandRows(cmd); len(rows) > 0 {
		fmt.Fprintln(w)
		w.styledLine(styleBold, c.tr("命令：", "Commands:"))
		c.printRows(rows)
	}
	if rows := flagRows(cmd); len(rows) > 0 {
		fmt.Fprintln(w)
		w.styledLine(styleBold, c.tr("参数：", "Flags:"))
		c.printRows(rows)
	}
	fmt.Fprintln(w)
	c.printGlobalFlags()
}
