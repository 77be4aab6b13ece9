package cli

import (
	"fmt"
	"guanxi/store"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// printHelp prints the overview: how to open the TUI, the commands, the global flags.
func (c *cli) printHelp() {
	w := c.stdout
	fmt.Fprintln(w, c.tr("guanxi（关系）— 终端里的客户关系管理：一个销售员的客户簿", "guanxi (关系) — a terminal CRM for one salesperson's book of accounts"))
	fmt.Fprintln(w)
	w.styledLine(styleBold, c.tr("用法：", "Usage:"))
	t := &table{}
	t.add(cell{text: "guanxi [--db PATH] [--lang zh|en]"}, cell{text: c.tr("在终端界面中打开客户簿", "open the book in the terminal UI")})
	t.add(cell{text: "guanxi --demo"}, cell{text: c.tr("在临时示例客户簿上试用（不碰你的客户簿）", "try it on a fresh sample book (your own book is not touched)")})
	t.add(cell{text: "guanxi COMMAND [flags]"}, cell{text: c.tr("运行一个命令（见下）", "run one command (below)")})
	t.add(cell{text: "guanxi COMMAND --help"}, cell{text: c.tr("一个命令的全部参数", "every flag of a command")})
	widths := t.widths()
	for _, row := range t.rows {
		writeRow(w, widths, "  ", row)
	}
	fmt.Fprintln(w)
	w.styledLine(styleBold, c.tr("命令：", "Commands:"))
	t = &table{}
	for _, cmd := range c.root.Commands() {
		if !cmd.Hidden {
			t.add(cell{text: cmd.Name()}, cell{text: cmd.Short})
		}
	}
	widths = t.widths()
	for _, row := range t.rows {
		writeRow(w, widths, "  ", row)
	}
	fmt.Fprintln(w)
	c.printGlobalFlags()
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.tr(
		"参数里的级别、阶段、关系、联系方式和性格类型可以写代码，也可以写中文名（--level 战略客户、--type 犹豫型）。\n日期可写 YYYY-MM-DD、today、tomorrow、+3d、+2w；金额可写 5000000、5,000,000、500万、¥1.5万。",
		"Levels, stages, relations, channels and personality types take their code or Chinese name\n(--level strategic or --level 战略客户, --type 犹豫型). Dates take YYYY-MM-DD, today, tomorrow,\n+3d, +2w; amounts take 5000000, 5,000,000, 500万, ¥1.5万."))
}

// printGlobalFlags lists the flags every command takes.
func (c *cli) printGlobalFlags() {
	w := c.stdout
	def, err := store.DefaultPath()
	if err != nil {
		def = "$XDG_DATA_HOME/guanxi/guanxi.db"
	}
	w.styledLine(styleBold, c.tr("通用参数：", "Global flags:"))
	t := &table{}
	t.add(cell{text: "--db PATH"}, txt(c.trf("客户簿文件（默认取环境变量 GUANXI_DB，否则 %s）", "the book's file (default: $GUANXI_DB, else %s)", def)))
	t.add(cell{text: "--lang zh|en"}, cell{text: c.tr("界面语言（默认按 LANG / LC_ALL）", "language of the output (default: from LANG / LC_ALL)")})
	t.add(cell{text: "--version"}, cell{text: c.tr("显示版本", "print the version")})
	t.add(cell{text: "--help"}, cell{text: c.tr("显示帮助", "print this help")})
	widths := t.widths()
	for _, row := range t.rows {
		writeRow(w, widths, "  ", row)
	}
}

// printCommandHelp prints a command's usage line, what it does and each of its own flags.
func (c *cli) printCommandHelp(cmd *cobra.Command) {
	w := c.stdout
	w.style(styleBold, c.tr("用法：", "Usage: "))
	fmt.Fprintln(w, cmd.Parent().CommandPath()+" "+cmd.Use)
	fmt.Fprintln(w, cmd.Short)
	t := &table{}
	cmd.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) {
		name, usage := pflag.UnquoteUsage(f)
		if usage == "" || f.Name == "help" {
			return
		}
		left := "--" + f.Name
		if name != "" {
			left += " " + name
		}
		t.add(cell{text: left}, cell{text: usage})
	})
	if cmd.HasAvailableSubCommands() {
		fmt.Fprintln(w)
		w.styledLine(styleBold, c.tr("命令：", "Commands:"))
		sub := &table{}
		for _, s := range cmd.Commands() {
			if !s.Hidden {
				sub.add(cell{text: s.Name()}, cell{text: s.Short})
			}
		}
		widths := sub.widths()
		for _, row := range sub.rows {
			writeRow(w, widths, "  ", row)
		}
	}
	if len(t.rows) > 0 {
		fmt.Fprintln(w)
		w.styledLine(styleBold, c.tr("参数：", "Flags:"))
		widths := t.widths()
		for _, row := range t.rows {
			writeRow(w, widths, "  ", row)
		}
	}
	fmt.Fprintln(w)
	c.printGlobalFlags()
}
