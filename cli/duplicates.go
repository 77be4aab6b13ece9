package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/cobra"
)

// duplicatesOptions is what `guanxi duplicates` was asked for.
type duplicatesOptions struct {
	JSON bool
}

// newDuplicatesCmd is `guanxi duplicates [--json]`.
func (c *cli) newDuplicatesCmd() *cobra.Command {
	opts := &duplicatesOptions{}
	cmd := c.command("duplicates", "", "duplicates [--json]",
		model.Text{Zh: "找出疑似重复的客户（电话、邮箱、姓名加公司相同）", En: "find likely duplicate customers (same phone, email, or name and company)"}, func([]string) error { return c.runDuplicates(opts) })
	cmd.Flags().BoolVar(&opts.JSON, "json", false, c.tr("输出 JSON 数组", "print a JSON array"))
	return cmd
}

// runDuplicates runs `guanxi duplicates` as opts asks.
func (c *cli) runDuplicates(opts *duplicatesOptions) error {
	return c.onBook(func(s *store.Store) error {
		pairs, err := s.Duplicates(c.ctx)
		if err != nil {
			return err
		}
		if opts.JSON {
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
			fmt.Fprintln(c.stdout, c.tr("没有发现疑似重复的客户。", "No likely duplicate customers."))
			return nil
		}
		t := &table{max: []int{6, 16, 20, 6, 16, 20, 24}}
		t.add(cell{text: c.tr("编号", "ID")}, cell{text: c.tr("姓名", "NAME")}, cell{text: c.tr("公司", "COMPANY")},
			cell{text: c.tr("编号", "ID")}, cell{text: c.tr("姓名", "NAME")}, cell{text: c.tr("公司", "COMPANY")},
			cell{text: c.tr("原因", "WHY")})
		for _, p := range pairs {
			t.add(cell{text: fmt.Sprint(p.A.ID)}, txt(p.A.Name), txt(p.A.Company), cell{text: fmt.Sprint(p.B.ID)},
				txt(p.B.Name), txt(p.B.Company), cell{text: model.NameOf(model.DupReasons, string(p.Reason), c.lang)})
		}
		writeTable(c.stdout, t, true)
		fmt.Fprintln(c.stdout, c.trf("共 %d 对。合并：guanxi merge 保留的编号 并入的编号", "%d pairs. To merge one: guanxi merge KEEP_ID MERGED_ID", len(pairs)))
		return nil
	})
}
