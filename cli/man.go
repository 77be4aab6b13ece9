package cli

import (
	"fmt"
	"guanxi/model"
	"strings"

	"github.com/spf13/cobra"
)

// newManCmd is `guanxi man`: the manual page, written from the same command tree and texts as the
// help, in the user's language.
func (c *cli) newManCmd() *cobra.Command {
	cmd := c.command("man", "", "man", model.Text{Zh: "输出 guanxi 的手册页（man 格式）", En: "print guanxi's manual page (man format)"},
		func([]string) error {
			c.writeMan(c.root)
			return nil
		})
	cmd.Long = c.tr("阅读：guanxi man | man -l -\n安装：guanxi man > ~/.local/share/man/man1/guanxi.1",
		"read it: guanxi man | man -l -\ninstall it: guanxi man > ~/.local/share/man/man1/guanxi.1")
	return cmd
}

// writeMan writes the manual page of root in roff, the language of man pages.
func (c *cli) writeMan(root *cobra.Command) {
	w := c.stdout
	fmt.Fprintf(w, ".TH GUANXI 1 \"\" \"guanxi %s\" \"%s\"\n", roff(Version), roff(c.tr("guanxi 手册", "guanxi manual")))
	name, about, _ := strings.Cut(c.tagline(), " — ")
	section := func(title string) { fmt.Fprintf(w, ".SH %s\n", roff(title)) }
	section(c.tr("名称", "NAME"))
	fmt.Fprintf(w, "%s \\- %s\n", roff(name), roff(about))
	section(c.tr("用法", "SYNOPSIS"))
	c.manRows(c.usageRows())
	section(c.tr("说明", "DESCRIPTION"))
	for _, line := range strings.Split(c.inputNotes(), "\n") {
		fmt.Fprintln(w, roff(line))
	}
	section(c.tr("命令", "COMMANDS"))
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
	section(c.tr("通用参数", "GLOBAL FLAGS"))
	c.manRows(c.globalFlagRows())
	section(c.tr("环境变量", "ENVIRONMENT"))
	c.manRows([][2]string{
		{"GUANXI_DB", c.tr("客户簿文件，没有 --db 时使用", "the book's file when --db is not given")},
		{"LC_ALL, LC_MESSAGES, LANG", c.tr("以 zh 开头时用中文，否则用英文（--lang 优先）", "Chinese when it starts with zh, English otherwise (--lang comes first)")},
		{"NO_COLOR", c.tr("设置后不用颜色", "when set, no colour")},
	})
	section(c.tr("退出码", "EXIT STATUS"))
	c.manRows([][2]string{
		{"0", c.tr("成功", "success")},
		{"1", c.tr("失败（客户簿、文件或磁盘的问题，找不到客户……）", "a failure (the book, a file or the disk, a customer not found …)")},
		{"2", c.tr("命令行写错了（未知的命令或参数、缺少参数、值无效）", "a wrong command line (an unknown command or flag, a missing argument, a bad value)")},
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
