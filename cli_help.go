package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"guanxi/model"
	"guanxi/store"
)

// command is one subcommand: its usage, and define, which registers its flags (with help text in
// the invocation's language) and returns what runs once they are parsed, given the positionals.
type command struct {
	name    string
	args    string // the positional arguments, for the usage line: "REF", "FILE" or ""
	usage   string // the flags, for the usage line
	summary model.Text
	define  func(c *cli, fs *flag.FlagSet) func(pos []string) error
}

// commands lists the subcommands in the order help shows them.
var commands []*command

func init() {
	commands = []*command{
		{"today", "", "[--days N] [--json]", model.Text{Zh: "跟进清单：逾期、今天和未来几天要拜访、致电的客户", En: "the follow-up checklist: overdue, today and the next days"}, defineToday},
		{"list", "", "[--query Q] [--level L] [--stage S] [--type T] [--sort KEY] [--json]", model.Text{Zh: "列出客户，可搜索和筛选", En: "list customers, searched and filtered"}, defineList},
		{"show", "REF", "[--json]", model.Text{Zh: "一位客户的完整档案", En: "the whole archive of one customer"}, defineShow},
		{"add", "", "--name N [--company C] [--phone P] [--email E] [--level L] [--stage S] [--kind K] [--type T]... [--json]", model.Text{Zh: "新增客户，输出其编号", En: "add a customer and print its id"}, defineAdd},
		{"edit", "REF", "[--name N] [--company C] [--phone P] [--email E] [--level L] [--stage S] [--relation R]", model.Text{Zh: "修改客户资料", En: "change a customer's profile"}, defineEdit},
		{"log", "REF", "--channel visit|call|wechat|email|meeting|other [--at WHEN] --note TEXT", model.Text{Zh: "记录一次联系；下次拜访日期随之顺延", En: "log a contact; the next visit moves on from it"}, defineLog},
		{"deal", "REF", "--amount A [--on DATE] [--product P] [--credit-due DATE]", model.Text{Zh: "记录一笔成交", En: "record a deal"}, defineDeal},
		{"remind", "REF", "--on DATE [--kind visit|call|other] [--note TEXT]", model.Text{Zh: "设一个提醒", En: "set a reminder"}, defineRemind},
		{"tag", "REF", "--type T [--contact NAME] [--note TEXT]", model.Text{Zh: "给客户或其联系人标上性格类型", En: "tag a customer or one of their contacts with a personality type"}, defineTag},
		{"backup", "FILE", "[--force]", model.Text{Zh: "把客户簿完整复制一份，TUI 开着也安全", En: "write a consistent copy of the book, safe while the TUI is open"}, defineBackup},
		{"check", "", "", model.Text{Zh: "检查客户簿是否完好；有问题时退出码为 1", En: "check the book's integrity; exit 1 on any problem"}, defineCheck},
		{"demo", "", "--size N --db PATH", model.Text{Zh: "生成一本有 N 位客户的示例客户簿（用来试规模）", En: "write a generated book of N customers, for trying scale"}, defineDemo},
	}
}

func findCommand(name string) *command {
	for _, cmd := range commands {
		if cmd.name == name {
			return cmd
		}
	}
	return nil
}

// errHelpShown ends a command whose help was asked for: exit 0.
var errHelpShown = errors.New("help shown")

// run parses the command's flags and positionals, then runs it.
func (cmd *command) run(c *cli, args []string) error {
	fs := flag.NewFlagSet(cmd.name, flag.ContinueOnError)
	fs.SetOutput(nopWriter{})
	c.globalFlags(fs)
	do := cmd.define(c, fs)
	pos, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		c.printCommandHelp(cmd)
		return errHelpShown
	}
	if err != nil {
		return c.flagError(cmd.name, err)
	}
	if err := c.applyLang(); err != nil {
		return err
	}
	want := len(strings.Fields(cmd.args))
	if len(pos) < want {
		if cmd.args == "REF" {
			return c.usagef("缺少 REF：客户编号，或只属于一位客户的姓名或电话（guanxi %s --help 查看用法）",
				"missing REF: a customer's id, or a name or phone that belongs to one customer (see guanxi %s --help)", cmd.name)
		}
		return c.usagef("缺少 %s（guanxi %s --help 查看用法）", "missing %s (see guanxi %s --help)", cmd.args, cmd.name)
	}
	if len(pos) > want {
		return c.usagef("多余的参数“%s”（guanxi %s --help 查看用法）", "unexpected argument %q (see guanxi %s --help)", pos[want], cmd.name)
	}
	return do(pos)
}

type nopWriter struct{}

func (nopWriter) Write(p []byte) (int, error) { return len(p), nil }

// printHelp prints the overview: how to open the TUI, the commands, the global flags.
func (c *cli) printHelp() {
	w := c.stdout
	fmt.Fprintln(w, c.tr("guanxi（关系）— 终端里的客户关系管理：一个销售员的客户簿", "guanxi (关系) — a terminal CRM for one salesperson's book of accounts"))
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.bold(c.tr("用法：", "Usage:")))
	t := &table{}
	t.add(cell{text: "guanxi [--db PATH] [--lang zh|en]"}, cell{text: c.tr("在终端界面中打开客户簿", "open the book in the terminal UI")})
	t.add(cell{text: "guanxi --demo"}, cell{text: c.tr("在临时示例客户簿上试用（不碰你的客户簿）", "try it on a fresh sample book (your own book is not touched)")})
	t.add(cell{text: "guanxi COMMAND [flags]"}, cell{text: c.tr("运行一个命令（见下）", "run one command (below)")})
	t.add(cell{text: "guanxi COMMAND --help"}, cell{text: c.tr("一个命令的全部参数", "every flag of a command")})
	widths := t.widths()
	for _, row := range t.rows {
		c.writeRow(w, widths, "  ", row)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, c.bold(c.tr("命令：", "Commands:")))
	t = &table{}
	for _, cmd := range commands {
		t.add(cell{text: cmd.name}, cell{text: cmd.summary.In(c.lang)})
	}
	widths = t.widths()
	for _, row := range t.rows {
		c.writeRow(w, widths, "  ", row)
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
	fmt.Fprintln(w, c.bold(c.tr("通用参数：", "Global flags:")))
	t := &table{}
	t.add(cell{text: "--db PATH"}, txt(c.trf("客户簿文件（默认取环境变量 GUANXI_DB，否则 %s）", "the book's file (default: $GUANXI_DB, else %s)", def)))
	t.add(cell{text: "--lang zh|en"}, cell{text: c.tr("界面语言（默认按 LANG / LC_ALL）", "language of the output (default: from LANG / LC_ALL)")})
	t.add(cell{text: "--version"}, cell{text: c.tr("显示版本", "print the version")})
	t.add(cell{text: "--help"}, cell{text: c.tr("显示帮助", "print this help")})
	widths := t.widths()
	for _, row := range t.rows {
		c.writeRow(w, widths, "  ", row)
	}
}

// printCommandHelp prints a command's usage line, what it does and each of its flags.
func (c *cli) printCommandHelp(cmd *command) {
	w := c.stdout
	line := "guanxi " + cmd.name
	for _, part := range []string{cmd.args, cmd.usage} {
		if part != "" {
			line += " " + part
		}
	}
	fmt.Fprintln(w, c.bold(c.tr("用法：", "Usage: "))+line)
	fmt.Fprintln(w, cmd.summary.In(c.lang))
	fs := flag.NewFlagSet(cmd.name, flag.ContinueOnError)
	cmd.define(c, fs)
	t := &table{}
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		if usage == "" {
			return
		}
		left := "--" + f.Name
		if name != "" {
			left += " " + name
		}
		t.add(cell{text: left}, cell{text: usage})
	})
	if len(t.rows) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, c.bold(c.tr("参数：", "Flags:")))
		widths := t.widths()
		for _, row := range t.rows {
			c.writeRow(w, widths, "  ", row)
		}
	}
	fmt.Fprintln(w)
	c.printGlobalFlags()
}
