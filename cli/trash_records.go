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

// newTrashRecordsCmd is `guanxi trash records [--json]`: the deals, logged contacts, contact
// persons, payments, complaints and reminders removed one by one, with how to restore each.
func (c *cli) newTrashRecordsCmd() *cobra.Command {
	return c.jsonCommand("trash records", "records [--json]", texts.Trash.RecordsShort, texts.Shared.PrintJSONArray, c.runTrashRecords)
}

// runTrashRecords lists the records in the trash, the most recently removed first.
func (c *cli) runTrashRecords(asJSON bool) error {
	return c.onBook(func(s *store.Store) error {
		trash, err := s.RecordTrash(c.ctx)
		if err != nil {
			return err
		}
		if asJSON {
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
			fmt.Fprintln(c.stdout, c.t(texts.Trash.NoRecordsRemoved))
			return nil
		}
		t := &table{max: []int{0, 0, 16, 0, 30, 0}}
		t.add(cell{text: c.t(texts.Trash.Kind)}, cell{text: "ID"}, cell{text: c.t(texts.Shared.Customer)}, cell{text: c.t(texts.Trash.Date)},
			cell{text: c.t(texts.Trash.What)}, cell{text: c.t(texts.Trash.Deleted)})
		for _, r := range trash {
			what := r.What
			if r.Kind == model.RecordDeal || r.Kind == model.RecordPayment {
				what = r.Amount.String() + "  " + what
			}
			t.add(cell{text: r.Kind.Name().In(c.lang)}, cell{text: strconv.FormatInt(r.ID, 10)}, txt(r.CustomerName),
				cell{text: r.On}, txt(what), cell{text: r.DeletedAt.Format("2006-01-02 15:04")})
		}
		writeTable(c.stdout, t, true)
		fmt.Fprintln(c.stdout, c.t(texts.Trash.RestoreGuanxiDeal))
		return nil
	})
}
