package main

import (
	"errors"
	"flag"
	"fmt"

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
		{"remind", "REF", "--on DATE [--kind visit|call|other] [--note TEXT] [--every 1w|2w|1m|1y]", model.Text{Zh: "设一个提醒", En: "set a reminder"}, defineRemind},
		{"complain", "REF", "--what T [--severity 1-3] [--reply-by DATE] [--handler H] [--malicious] [--on DATE]", model.Text{Zh: "记录一条投诉和答应客户的答复期限", En: "record a complaint and the day a reply was promised"}, defineComplain},
		{"resolve", "COMPLAINT_ID", "--summary T [--on DATE]", model.Text{Zh: "写下处理结果，结案一条投诉", En: "close a complaint with a summary of what was done"}, defineResolve},
		{"pay", "REF", "--amount A [--deal ID] [--on DATE] [--note T]", model.Text{Zh: "记录赊销的收款（部分或全部）", En: "record a payment, part or whole, on a credit sale"}, definePay},
		{"tag", "REF", "--type T [--contact NAME] [--note TEXT]", model.Text{Zh: "给客户或其联系人标上性格类型", En: "tag a customer or one of their contacts with a personality type"}, defineTag},
		{"delete", "REF", "", model.Text{Zh: "把客户连同全部记录移到回收站（可恢复）", En: "move a customer with all its records to the trash (it can be restored)"}, defineDelete},
		{"restore", "REF", "", model.Text{Zh: "从回收站恢复客户及其全部记录", En: "bring a customer and all its records back from the trash"}, defineRestore},
		{"trash", "[purge]", "[--json] [--id REF] [--yes]", model.Text{Zh: "列出回收站；trash purge 永久删除（先询问）", En: "list the trash; trash purge deletes it for good (asks first)"}, defineTrash},
		{"report", "", "[--json]", model.Text{Zh: "客户分析：A/B/C、新老客户、休眠与流失、前十名、应收账款等", En: "the analysis: A/B/C, old and new, dormant and lost, top ten, money owed and more"}, defineReport},
		{"segment", "ACTION [NAME] [QUERY...]", "list [--json] | save NAME QUERY | delete NAME", model.Text{Zh: "动态客户列表：按条件保存、列出（带人数）、删除", En: "dynamic lists: save a query under a name, list them with counts, delete"}, defineSegment},
		{"classes", "[REF]", "[--set KEY=VALUE]... [--apply] [--json]", model.Text{Zh: "分类门槛与建议级别；给出 REF 时显示这位客户的各项分类和理由", En: "classification thresholds and suggested levels; with REF, that customer's classes and why"}, defineClasses},
		{"backup", "FILE", "[--force]", model.Text{Zh: "把客户簿完整复制一份，TUI 开着也安全", En: "write a consistent copy of the book, safe while the TUI is open"}, defineBackup},
		{"import", "FILE", "[--dry-run] [--merge|--skip-duplicates] [--format csv|vcf|json] [--json]", model.Text{Zh: "从 CSV（Excel）、vCard（手机通讯录）或 JSON 导入客户；有错的行逐条报告", En: "import customers from CSV (Excel), vCard (phone contacts) or JSON; each bad row is reported"}, defineImport},
		{"export", "", "--format csv|vcf|ics|json [--out FILE] [--segment NAME] [--vcard 3.0|4.0] [--days N] [--force]", model.Text{Zh: "导出客户（CSV、vCard、整本 JSON）或跟进计划（iCalendar 日程）", En: "export customers (CSV, vCard, the whole book as JSON) or the follow-up plan (iCalendar)"}, defineExport},
		{"snapshots", "[restore] [SNAPSHOT]", "[--json] [--force]", model.Text{Zh: "列出每天自动拍的快照；snapshots restore 用快照恢复客户簿", En: "list the automatic daily snapshots; snapshots restore puts one back as the book"}, defineSnapshots},
		{"duplicates", "", "[--json]", model.Text{Zh: "找出疑似重复的客户（电话、邮箱、姓名加公司相同）", En: "find likely duplicate customers (same phone, email, or name and company)"}, defineDuplicates},
		{"merge", "KEEP MERGED", "", model.Text{Zh: "把一位客户并入另一位，两人的全部记录都保留", En: "merge one customer into another, keeping every record of both"}, defineMerge},
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
	want, most := argCounts(cmd.args)
	// Positionals in brackets ("[purge]") may be left out; a trailing ... takes any number.
	if len(pos) < want {
		if cmd.args == "REF" {
			return c.usagef("缺少 REF：客户编号，或只属于一位客户的姓名或电话（guanxi %s --help 查看用法）",
				"missing REF: a customer's id, or a name or phone that belongs to one customer (see guanxi %s --help)", cmd.name)
		}
		return c.usagef("缺少 %s（guanxi %s --help 查看用法）", "missing %s (see guanxi %s --help)", cmd.args, cmd.name)
	}
	if most >= 0 && len(pos) > most {
		return c.usagef("多余的参数“%s”（guanxi %s --help 查看用法）", "unexpected argument %q (see guanxi %s --help)", pos[most], cmd.name)
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
