package cli

import (
	"fmt"
	"strconv"

	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// trashRecordJSON is one record of the trash as `trash records --json` prints it.
type trashRecordJSON struct {
	Kind         string   `json:"kind"`
	ID           int64    `json:"id"`
	CustomerID   int64    `json:"customer_id"`
	CustomerName string   `json:"customer_name"`
	DeletedAt    string   `json:"deleted_at"`
	What         string   `json:"what"`
	Amount       *float64 `json:"amount"` // a deal's or a payment's; null for the others
	On           jsonDate `json:"on"`
}

// trashRecordsOptions is what `guanxi trash records` was asked for.
type trashRecordsOptions struct {
	JSON bool
}

// newTrashRecordsCmd is `guanxi trash records [--json]`: the deals, logged contacts, contact
// persons, payments, complaints and reminders removed one by one, with how to restore each.
func (c *cli) newTrashRecordsCmd() *cobra.Command {
	opts := &trashRecordsOptions{}
	cmd := c.command("trash records", "", "records [--json]",
		model.Text{Zh: "列出单独删除的记录（成交、联系、联系人、收款、投诉、提醒）", En: "list the records removed one by one (deals, contacts logged, contact persons, payments, complaints, reminders)"}, func([]string) error { return c.runTrashRecords(opts) })
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.tr("输出 JSON 数组", "print a JSON array"))
	return cmd
}

// runTrashRecords lists the records in the trash, the most recently removed first.
func (c *cli) runTrashRecords(opts *trashRecordsOptions) error {
	return c.onBook(func(s *store.Store) error {
		trash, err := s.RecordTrash(c.ctx)
		if err != nil {
			return err
		}
		if opts.JSON {
			out := make([]trashRecordJSON, 0, len(trash))
			for _, r := range trash {
				j := trashRecordJSON{Kind: string(r.Kind), ID: r.ID, CustomerID: r.CustomerID, CustomerName: r.CustomerName,
					DeletedAt: r.DeletedAt.Format("2006-01-02 15:04"), What: r.What}
				if d, err := model.ParseISODate(r.On); err == nil {
					j.On = jsonDate(d)
				}
				if r.Kind == model.RecordDeal || r.Kind == model.RecordPayment {
					yuan := r.Amount.Yuan()
					j.Amount = &yuan
				}
				out = append(out, j)
			}
			return c.writeJSON(out)
		}
		if len(trash) == 0 {
			fmt.Fprintln(c.stdout, c.tr("回收站里没有单独删除的记录。", "No records removed one by one are in the trash."))
			return nil
		}
		t := &table{max: []int{0, 0, 16, 0, 30, 0}}
		t.add(cell{text: c.tr("类型", "KIND")}, cell{text: "ID"}, cell{text: c.tr("客户", "CUSTOMER")}, cell{text: c.tr("日期", "DATE")},
			cell{text: c.tr("内容", "WHAT")}, cell{text: c.tr("删除于", "DELETED")})
		for _, r := range trash {
			what := r.What
			if r.Kind == model.RecordDeal || r.Kind == model.RecordPayment {
				what = r.Amount.String() + "  " + what
			}
			t.add(cell{text: r.Kind.Name().In(c.lang)}, cell{text: strconv.FormatInt(r.ID, 10)}, txt(r.CustomerName),
				cell{text: r.On}, txt(what), cell{text: r.DeletedAt.Format("2006-01-02 15:04")})
		}
		writeTable(c.stdout, t, true)
		fmt.Fprintln(c.stdout, c.tr("恢复：guanxi deal|log|contact|pay|complain|remind restore ID",
			"Restore: guanxi deal|log|contact|pay|complain|remind restore ID"))
		return nil
	})
}
