package cli

import (
	"fmt"
	"guanxi/store"
	"guanxi/ui/kit"
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

// newTrashCmd is `guanxi trash [--json]`, the list of the trash, and the parent of trash purge.
func (c *cli) newTrashCmd() *cobra.Command {
	cmd := c.jsonCommand("trash", "trash [--json]", texts.Trash.Short, texts.Shared.PrintJSONArray, c.runTrash)
	cmd.Args = c.refuseArgs(texts.Trash.UnknownArgument)
	cmd.AddCommand(c.newTrashPurgeCmd())
	cmd.AddCommand(c.newTrashRecordsCmd())
	return cmd
}

// runTrash lists the customers in the trash.
func (c *cli) runTrash(asJSON bool) error {
	return c.onBook(func(s *store.Store) error {
		trash, err := s.Trash(c.ctx)
		if err != nil {
			return err
		}
		return c.printTrash(trash, asJSON)
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
		fmt.Fprintln(c.stdout, c.t(kit.Texts.Trash.Empty))
		return nil
	}
	t := &table{max: []int{0, 24, 30}}
	t.add(cell{text: "ID"}, cell{text: c.t(texts.Trash.Name)}, cell{text: c.t(texts.Shared.Company)},
		cell{text: c.t(texts.Trash.Deleted)}, cell{text: c.t(texts.Trash.Records)})
	for _, tc := range trash {
		t.add(cell{text: strconv.FormatInt(tc.ID, 10)}, txt(tc.Name), txt(tc.Company),
			cell{text: tc.DeletedAt.Format("2006-01-02 15:04")}, cell{text: strconv.Itoa(tc.Records)})
	}
	writeTable(c.stdout, t, true)
	fmt.Fprintln(c.stdout, c.tf(texts.Trash.CustomersTrashRestore, len(trash)))
	return nil
}

// confirmPurge asks before deleting for good: a person at a terminal types yes; a script must say
// --yes, so a purge never happens by accident.
func (c *cli) confirmPurge(trash []store.TrashedCustomer) error {
	f, ok := c.stdin.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return c.usagef(texts.Trash.ThisDeletesCustomers, len(trash))
	}
	if err := c.printTrash(trash, false); err != nil {
		return err
	}
	if !c.confirmed(f, c.tf(texts.Trash.DeleteTheseCustomers, len(trash))) {
		return c.errorf(texts.Trash.CancelledNothingWas)
	}
	return nil
}
