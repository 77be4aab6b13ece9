package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// newDuplicatesCmd is `guanxi duplicates [--json]`.
func (c *cli) newDuplicatesCmd() *cobra.Command {
	return c.jsonCommand("duplicates", "duplicates [--json]", texts.Duplicates.Short, texts.Shared.PrintJSONArray, c.runDuplicates)
}

// runDuplicates runs `guanxi duplicates`, as JSON when asJSON.
func (c *cli) runDuplicates(asJSON bool) error {
	return c.onBook(func(s *store.Store) error {
		pairs, err := s.Duplicates(c.ctx)
		if err != nil {
			return err
		}
		if asJSON {
			type side struct {
				ID      int64  `json:"id"`
				Name    string `json:"name"`
				Company string `json:"company"`
				Phone   string `json:"phone"`
				Email   string `json:"email"`
			}
			type pair struct {
				A      side   `json:"a"`
				B      side   `json:"b"`
				Reason string `json:"reason"`
			}
			out := []pair{}
			for _, p := range pairs {
				out = append(out, pair{A: side{p.A.ID, p.A.Name, p.A.Company, p.A.Phone, p.A.Email},
					B: side{p.B.ID, p.B.Name, p.B.Company, p.B.Phone, p.B.Email}, Reason: string(p.Reason)})
			}
			return c.writeJSON(out)
		}
		if len(pairs) == 0 {
			fmt.Fprintln(c.stdout, c.t(texts.Duplicates.NoLikelyDuplicate))
			return nil
		}
		t := &table{max: []int{6, 16, 20, 6, 16, 20, 24}}
		t.add(cell{text: c.t(texts.Shared.ID)}, cell{text: c.t(texts.Shared.Name)}, cell{text: c.t(texts.Shared.Company)},
			cell{text: c.t(texts.Shared.ID)}, cell{text: c.t(texts.Shared.Name)}, cell{text: c.t(texts.Shared.Company)},
			cell{text: c.t(texts.Duplicates.Why)})
		for _, p := range pairs {
			t.add(cell{text: fmt.Sprint(p.A.ID)}, txt(p.A.Name), txt(p.A.Company), cell{text: fmt.Sprint(p.B.ID)},
				txt(p.B.Name), txt(p.B.Company), cell{text: model.NameOf(model.DupReasons, string(p.Reason), c.lang)})
		}
		writeTable(c.stdout, t, true)
		fmt.Fprintln(c.stdout, c.tf(texts.Duplicates.PairsMergeOne, len(pairs)))
		return nil
	})
}
