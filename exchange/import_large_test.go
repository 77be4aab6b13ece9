package exchange

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/store"
)

// A file large enough that the store sets the customers' indexes aside and the rows are prepared
// on the reading goroutine: every good row is written with the figures a customer added one by one
// gets, a row that repeats an earlier one of the file is merged into it, a bad row is reported
// with its line, and the indexes are all there again.
func TestImportLargeCSV(t *testing.T) {
	s := openBook(t)
	ctx := context.Background()
	const rows = 8000
	var b strings.Builder
	b.WriteString("姓名,公司,手机,级别,备注\n")
	for i := 1; i <= rows; i++ {
		fmt.Fprintf(&b, "客户%d,公司%d,139%08d,重点,%s\n", i, i, i, strings.Repeat("备注", 40))
	}
	b.WriteString("客户1,公司1,13900000001,重点,第二次见面\n") // line rows+2: merged into line 2
	b.WriteString(",没有名字的公司,,,\n")                  // line rows+3: no name
	csv := b.String()
	sum, err := ImportFrom(ctx, s, strings.NewReader(csv), int64(len(csv)), Options{Format: CSV, Merge: true, Lang: model.Zh})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added != rows || sum.Merged != 1 || len(sum.Errors) != 1 || sum.Errors[0].Line != rows+3 {
		t.Fatalf("added %d, merged %d, errors %+v", sum.Added, sum.Merged, sum.Errors)
	}
	want := model.Customer{Name: "one by one", Level: model.LevelKey}
	testbook.AddCustomers(t, s, &want)
	want, _ = s.Customer(ctx, want.ID)
	got := byName(t, s)
	for _, name := range []string{"客户1", "客户4000", fmt.Sprintf("客户%d", rows)} {
		c := got[name]
		// Imported or added one by one, a customer's first visit is spread over the plan by id.
		wantVisit, wantCall := model.NextDueSpread(model.Levels()[2].Plan, model.Date{}, model.Date{}, model.DateOf(want.CreatedAt), c.ID)
		if c.UID == "" || c.NextVisitOn != wantVisit || c.NextCallOn != wantCall || c.NextDueOn != model.EarliestDate(wantVisit, wantCall) {
			t.Errorf("%s imported with uid %q, due %v/%v/%v; a customer added one by one: %v/%v/%v", name, c.UID,
				c.NextVisitOn, c.NextCallOn, c.NextDueOn, want.NextVisitOn, want.NextCallOn, want.NextDueOn)
		}
	}
	if !strings.Contains(got["客户1"].Notes, "第二次见面") {
		t.Errorf("the repeated row was not merged: %q", got["客户1"].Notes)
	}
	if n, _ := s.CountCustomers(ctx); n != rows+1 {
		t.Errorf("%d customers, want %d", n, rows+1)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("the book after the import: %v %v", problems, err)
	}
	// The list's first page comes off its index, which must have every customer in it.
	page, err := s.ListCustomers(ctx, store.ListQuery{Limit: 5})
	if err != nil || len(page) != 5 {
		t.Errorf("first page: %d customers, %v", len(page), err)
	}
}
