package cli

import (
	"guanxi/model"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// command is one subcommand: its usage, and define, which registers its flags (with help text in
// the invocation's language) and returns what runs once they are parsed, given the positionals.
type command struct {
	name    string
	args    string // the positional arguments, for the usage line: "REF", "FILE" or ""
	usage   string // the flags, for the usage line
	summary model.Text
	define  func(c *cli, fs *pflag.FlagSet) func(pos []string) error
}

// commands returns the commands in the order help lists them. A new command is one line here and
// a file of its own named as the user types it (see doc.go).
func (c *cli) commands() []*cobra.Command {
	return []*cobra.Command{
		c.newTodayCmd(),
		c.fromSpec(&command{"list", "", "[--query Q] [--level L] [--stage S] [--type T] [--sort KEY] [--json]", model.Text{Zh: "列出客户，可搜索和筛选", En: "list customers, searched and filtered"}, defineList}),
		c.fromSpec(&command{"show", "REF", "[--json]", model.Text{Zh: "一位客户的完整档案", En: "the whole archive of one customer"}, defineShow}),
		c.fromSpec(&command{"add", "", "--name N [--company C] [--phone P] [--email E] [--level L] [--stage S] [--kind K] [--type T]... [--title T] [--address A] [--source S] [--referred-by REF] [--size S] [--capital A] [--birthday|--founded DATE] [--json]", model.Text{Zh: "新增客户，输出其编号", En: "add a customer and print its id"}, defineAdd}),
		c.fromSpec(&command{"edit", "REF", "[--name N] [--company C] [--phone P] [--email E] [--level L] [--stage S] [--relation R] [--title T] [--address A] [--source S] [--referred-by REF] [--size S] [--capital A] [--birthday|--founded DATE] [--notes TEXT]", model.Text{Zh: "修改客户资料", En: "change a customer's profile"}, defineEdit}),
		c.withRecordVerbs(c.fromSpec(&command{"log", "REF", "--channel visit|call|wechat|email|meeting|other [--at WHEN] --note TEXT", model.Text{Zh: "记录一次联系；下次拜访日期随之顺延", En: "log a contact; the next visit moves on from it"}, defineLog}), "log", model.RecordLog, editLog),
		c.withRecordVerbs(c.fromSpec(&command{"deal", "REF", "--amount A [--on DATE] [--product P] [--credit-due DATE]", model.Text{Zh: "记录一笔成交", En: "record a deal"}, defineDeal}), "deal", model.RecordDeal, editDeal),
		c.withRecordVerbs(c.fromSpec(&command{"remind", "REF", "--on DATE [--kind visit|call|other] [--note TEXT] [--every 1w|2w|1m|1y]", model.Text{Zh: "设一个提醒", En: "set a reminder"}, defineRemind}), "remind", model.RecordReminder, editRemind),
		c.withRecordVerbs(c.fromSpec(&command{"complain", "REF", "--what T [--severity 1-3] [--reply-by DATE] [--handler H] [--malicious] [--on DATE]", model.Text{Zh: "记录一条投诉和答应客户的答复期限", En: "record a complaint and the day a reply was promised"}, defineComplain}), "complain", model.RecordComplaint, editComplain),
		c.fromSpec(&command{"resolve", "COMPLAINT_ID", "--summary T [--on DATE]", model.Text{Zh: "写下处理结果，结案一条投诉", En: "close a complaint with a summary of what was done"}, defineResolve}),
		c.withRecordVerbs(c.fromSpec(&command{"pay", "REF", "--amount A [--deal ID] [--on DATE] [--note T]", model.Text{Zh: "记录赊销的收款（部分或全部）", En: "record a payment, part or whole, on a credit sale"}, definePay}), "pay", model.RecordPayment, editPay),
		c.newContactCmd(),
		c.fromSpec(&command{"tag", "REF", "--type T [--contact NAME] [--note TEXT]", model.Text{Zh: "给客户或其联系人标上性格类型", En: "tag a customer or one of their contacts with a personality type"}, defineTag}),
		c.fromSpec(&command{"delete", "REF", "", model.Text{Zh: "把客户连同全部记录移到回收站（可恢复）", En: "move a customer with all its records to the trash (it can be restored)"}, defineDelete}),
		c.fromSpec(&command{"restore", "REF", "", model.Text{Zh: "从回收站恢复客户及其全部记录", En: "bring a customer and all its records back from the trash"}, defineRestore}),
		c.fromSpec(&command{"trash", "[purge]", "[--json] [--id REF] [--yes]", model.Text{Zh: "列出回收站；trash purge 永久删除（先询问）", En: "list the trash; trash purge deletes it for good (asks first)"}, defineTrash}),
		c.fromSpec(&command{"report", "", "[--json]", model.Text{Zh: "客户分析：A/B/C、新老客户、休眠与流失、前十名、应收账款等", En: "the analysis: A/B/C, old and new, dormant and lost, top ten, money owed and more"}, defineReport}),
		c.fromSpec(&command{"segment", "ACTION [NAME] [QUERY...]", "list [--json] | save NAME QUERY | delete NAME", model.Text{Zh: "动态客户列表：按条件保存、列出（带人数）、删除", En: "dynamic lists: save a query under a name, list them with counts, delete"}, defineSegment}),
		c.fromSpec(&command{"classes", "[REF]", "[--set KEY=VALUE]... [--apply] [--json]", model.Text{Zh: "分类门槛与建议级别；给出 REF 时显示这位客户的各项分类和理由", En: "classification thresholds and suggested levels; with REF, that customer's classes and why"}, defineClasses}),
		c.fromSpec(&command{"backup", "FILE", "[--force]", model.Text{Zh: "把客户簿完整复制一份，TUI 开着也安全", En: "write a consistent copy of the book, safe while the TUI is open"}, defineBackup}),
		c.fromSpec(&command{"import", "FILE", "[--dry-run] [--merge|--skip-duplicates] [--format csv|vcf|json] [--json]", model.Text{Zh: "从 CSV（Excel）、vCard（手机通讯录）或 JSON 导入客户；有错的行逐条报告", En: "import customers from CSV (Excel), vCard (phone contacts) or JSON; each bad row is reported"}, defineImport}),
		c.fromSpec(&command{"export", "", "--format csv|vcf|ics|json [--out FILE] [--segment NAME] [--vcard 3.0|4.0] [--days N] [--force]", model.Text{Zh: "导出客户（CSV、vCard、整本 JSON）或跟进计划（iCalendar 日程）", En: "export customers (CSV, vCard, the whole book as JSON) or the follow-up plan (iCalendar)"}, defineExport}),
		c.fromSpec(&command{"snapshots", "[restore] [SNAPSHOT]", "[--json] [--force]", model.Text{Zh: "列出每天自动拍的快照；snapshots restore 用快照恢复客户簿", En: "list the automatic daily snapshots; snapshots restore puts one back as the book"}, defineSnapshots}),
		c.fromSpec(&command{"duplicates", "", "[--json]", model.Text{Zh: "找出疑似重复的客户（电话、邮箱、姓名加公司相同）", En: "find likely duplicate customers (same phone, email, or name and company)"}, defineDuplicates}),
		c.fromSpec(&command{"merge", "KEEP MERGED", "", model.Text{Zh: "把一位客户并入另一位，两人的全部记录都保留", En: "merge one customer into another, keeping every record of both"}, defineMerge}),
		c.fromSpec(&command{"check", "", "", model.Text{Zh: "检查客户簿是否完好；有问题时退出码为 1", En: "check the book's integrity; exit 1 on any problem"}, defineCheck}),
		c.fromSpec(&command{"demo", "", "--size N --db PATH", model.Text{Zh: "生成一本有 N 位客户的示例客户簿（用来试规模）", En: "write a generated book of N customers, for trying scale"}, defineDemo}),
	}
}

// argCounts reads a command's positional arguments as its usage line writes them: plain words are
// required, [WORDS] optional, and a trailing ... takes any number more (most is -1).
func argCounts(args string) (least, most int) {
	for _, f := range strings.Fields(args) {
		if strings.HasSuffix(f, "...") || strings.HasSuffix(f, "...]") {
			most = -1
		}
		if !strings.HasPrefix(f, "[") {
			least++
		}
		if most >= 0 {
			most++
		}
	}
	return least, most
}

// fromSpec makes the cobra command of a command written as a table entry with a define function.
func (c *cli) fromSpec(spec *command) *cobra.Command {
	use := spec.name
	for _, part := range []string{spec.args, spec.usage} {
		if part != "" {
			use += " " + part
		}
	}
	cmd := &cobra.Command{Use: use, Short: spec.summary.In(c.lang), Args: c.positionals(spec.name, spec.args)}
	do := spec.define(c, cmd.Flags())
	cmd.RunE = func(_ *cobra.Command, pos []string) error { return do(pos) }
	return cmd
}

// positionals checks a command's positional arguments against how its usage line writes them
// (see argCounts), after the checks every command makes first (see prepare).
func (c *cli) positionals(name, args string) cobra.PositionalArgs {
	least, most := argCounts(args)
	return func(cmd *cobra.Command, pos []string) error {
		if err := c.prepare(cmd); err != nil {
			return err
		}
		if len(pos) < least {
			if args == "REF" {
				return c.usagef("缺少 REF：客户编号，或只属于一位客户的姓名或电话（guanxi %s --help 查看用法）",
					"missing REF: a customer's id, or a name or phone that belongs to one customer (see guanxi %s --help)", name)
			}
			return c.usagef("缺少 %s（guanxi %s --help 查看用法）", "missing %s (see guanxi %s --help)", args, name)
		}
		if most >= 0 && len(pos) > most {
			return c.usagef("多余的参数“%s”（guanxi %s --help 查看用法）", "unexpected argument %q (see guanxi %s --help)", pos[most], name)
		}
		return nil
	}
}
