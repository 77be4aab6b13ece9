package exchange

import (
	"context"
	"encoding/csv"
	"io"
	"strings"
	"testing"
	"unicode"

	"guanxi/internal/testbook"
	"guanxi/model"
)

// hostileCells start the way a spreadsheet would run as a formula, directly or after what a
// careless guard passes over: spaces, TAB, CR, other controls, a guard mark of their own.
var hostileCells = []string{
	"=1+1", "+86 138", "-5", "@SUM(A1)", "\t=cmd|' /C calc'!A0", "\r=cmd|' /C calc'!A0",
	" =HYPERLINK(\"http://x\")", "\u00a0@SUM(1)", "\x01+1", "'=already", "''-2", "＝1+1",
	"plain", "a=b", "",
}

func TestFormulaGuardCoversOWASPStarts(t *testing.T) {
	for _, v := range hostileCells {
		if back := unguard(guard(v)); back != v {
			t.Errorf("guard then unguard %q gave %q", v, back)
		}
		rest := strings.TrimLeftFunc(v, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) })
		risky := v != "" && (v[0] == '\t' || v[0] == '\r' || rest != "" && strings.ContainsAny(rest[:1], "=+-@"))
		if risky && !strings.HasPrefix(guard(v), formulaGuard) {
			t.Errorf("%q is not guarded", v)
		}
	}
	if guard("a=b") != "a=b" || guard("plain") != "plain" {
		t.Error("a harmless cell should be left as it is")
	}
}

// TestCSVExportGuardsAndImportGivesBack exports customers whose every text field starts like a
// formula, checks each cell of the file as a spreadsheet reads it, and imports the file back.
func TestCSVExportGuardsAndImportGivesBack(t *testing.T) {
	ctx := context.Background()
	s := openBook(t)
	var want []model.Customer
	for i, v := range hostileCells {
		if strings.TrimSpace(v) == "" || strings.ContainsRune(v, '\r') {
			continue // a name must be there; a lone CR is a line break no CSV keeps (see below)
		}
		c := model.Customer{Name: v + " " + string(rune('A'+i)), Company: v, Title: v, Notes: v + "\nsecond line",
			Source: v, Address: v}
		if err := s.AddCustomer(ctx, &c); err != nil {
			t.Fatalf("add %q: %v", v, err)
		}
		want = append(want, c)
	}
	cr := model.Customer{Name: "回车", Notes: "\r=cmd|' /C calc'!A0", Company: "\r@x"}
	testbook.AddCustomers(t, s, &cr)
	data := export(t, s, ExportOptions{Format: CSV, Lang: model.Zh})
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\ufeff")))
	r.FieldsPerRecord = -1
	for {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, cell := range row {
			rest := strings.TrimLeftFunc(cell, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) })
			if rest != "" && strings.ContainsAny(rest[:1], "=+-@") && !strings.HasPrefix(cell, formulaGuard) {
				t.Errorf("the export has a cell a spreadsheet runs: %q", cell)
			}
		}
	}
	back, sum := reimport(t, data, CSV)
	if sum.Added != len(want)+1 {
		t.Fatalf("imported %d, want %d", sum.Added, len(want)+1)
	}
	got := byName(t, back)
	for _, w := range want {
		g := got[w.Name]
		if g.Company != w.Company || g.Title != w.Title || g.Notes != w.Notes || g.Source != w.Source || g.Address != w.Address {
			t.Errorf("%q came back as company %q title %q notes %q source %q address %q", w.Name, g.Company, g.Title, g.Notes, g.Source, g.Address)
		}
	}
	// CSV has no way to write a lone CR (Go's writer drops it): the text after it comes back
	// guarded, never as a formula.
	if g := got["回车"]; g.Notes != "=cmd|' /C calc'!A0" || g.Company != "@x" {
		t.Errorf("the cells with a CR came back as %q and %q", g.Notes, g.Company)
	}
}
