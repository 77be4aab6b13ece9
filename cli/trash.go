package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"os"
	"strconv"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
)

// trashJSON is one customer of the trash as `trash --json` prints it.
type trashJSON struct {
	ID        int64  `json:"id"`
	Name      string `json:"name"`
	Company   string `json:"company"`
	DeletedAt string `json:"deleted_at"`
	Records   int    `json:"records"`
}

// trashOptions is what `guanxi trash` was asked for.
type trashOptions struct {
	JSON bool
}

// newTrashCmd is `guanxi trash [--json]`, the list of the trash, and the parent of trash purge.
func (c *cli) newTrashCmd() *cobra.Command {
	opts := &trashOptions{}
	cmd := c.command("trash", "", "trash [--json]", model.Text{Zh: "列出回收站；trash purge 永久删除（先询问）", En: "list the trash; trash purge deletes it for good (asks first)"},
		func([]string) error { return c.runTrash(opts) })
	cmd.Args = c.refuseArgs(model.Text{Zh: "未知的参数“%s”：guanxi trash 列出回收站，guanxi trash purge 清空它",
		En: "unknown argument %q: guanxi trash lists the trash, guanxi trash purge empties it"})
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.tr("输出 JSON 数组", "print a JSON array"))
	cmd.AddCommand(c.newTrashPurgeCmd())
	cmd.AddCommand(c.newTrashRecordsCmd())
	return cmd
}

// runTrash lists the customers in the trash.
func (c *cli) runTrash(opts *trashOptions) error {
	return c.onBook(func(s *store.Store) error {
		trash, err := s.Trash(c.ctx)
		if err != nil {
			return err
		}
		return c.printTrash(trash, opts.JSON)
	})
}

// printTrash lists the customers in the trash, newest first.
func (c *cli) printTrash(trash []store.TrashedCustomer, asJSON bool) error {
	if asJSON {
		out := make([]trashJSON, 0, len(trash))
		for _, tc := range trash {
			out = append(out, trashJSON{tc.ID, tc.Name, tc.Company, tc.DeletedAt.Format("2006-01-02 15:04"), tc.Records})
		}
		return c.writeJSON(out)
	}
	if len(trash) == 0 {
		fmt.Fprintln(c.stdout, c.tr("回收站是空的。", "The trash is empty."))
		return nil
	}
	t := &table{max: []int{0, 24, 30}}
	t.add(cell{text: "ID"}, cell{text: c.tr("姓名/名称", "NAME")}, cell{text: c.tr("公司", "COMPANY")},
		cell{text: c.tr("删除于", "DELETED")}, cell{text: c.tr("记录", "RECORDS")})
	for _, tc := range trash {
		t.add(cell{text: strconv.FormatInt(tc.ID, 10)}, txt(tc.Name), txt(tc.Company),
			cell{text: tc.DeletedAt.Format("2006-01-02 15:04")}, cell{text: strconv.Itoa(tc.Records)})
	}
	writeTable(c.stdout, t, true)
	fmt.Fprintln(c.stdout, c.trf("回收站里有 %d 位客户。恢复：guanxi restore ID；永久删除：guanxi trash purge",
		"%d customers in the trash. Restore: guanxi restore ID; delete for good: guanxi trash purge", len(trash)))
	return nil
}

// confirmPurge asks before deleting for good: a person at a terminal types yes; a script must say
// --yes, so a purge never happens by accident.
func (c *cli) confirmPurge(trash []store.TrashedCustomer) error {
	f, ok := c.stdin.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return c.usagef("这会永久删除回收站里的 %d 位客户及其全部记录，无法撤销；确认请加 --yes",
			"this deletes the %d customers in the trash and all their records for good; pass --yes to confirm", len(trash))
	}
	if err := c.printTrash(trash, false); err != nil {
		return err
	}
	if !c.confirmed(f, c.trf("永久删除以上 %d 位客户及其全部记录？此操作无法撤销。输入 yes 确认：",
		"Delete these %d customers and all their records for good? This cannot be undone. Type yes to confirm: ", len(trash))) {
		return c.errorf("已取消，什么都没有删除。", "Cancelled; nothing was deleted.")
	}
	return nil
}
