package store

import (
	"testing"

	"guanxi/model"
)

// A company's short name the user gives is kept, edited like any field, and read wherever the
// customer is: the whole record, the list's rows and the follow-up's items.
func TestAShortNameIsKeptAndReadEverywhere(t *testing.T) {
	s, ctx, c := bookWith(t, model.Customer{Name: "欧阳建国", Company: "上海浦东新区华东精密机械制造有限公司", ShortName: " 华精 "})
	got, err := s.Customer(ctx, c.ID)
	if err != nil || got.ShortName != "华精" {
		t.Fatalf("the short name read back as %q (%v)", got.ShortName, err)
	}

	mine := got
	mine.ShortName = "华东精机"
	if got, err = s.UpdateCustomerEdit(ctx, got, mine); err != nil || got.ShortName != "华东精机" {
		t.Fatalf("an edit of the short name saved %q (%v)", got.ShortName, err)
	}
	rows, err := s.ListCustomers(ctx, ListQuery{})
	if err != nil || len(rows) != 1 || rows[0].ShortName != "华东精机" {
		t.Errorf("the list's row: %+v (%v)", rows, err)
	}
	items, err := s.Checklist(ctx, model.DateOf(s.Now()), 30)
	if err != nil || len(items) == 0 {
		t.Fatalf("the checklist: %d items (%v)", len(items), err)
	}
	for _, it := range items {
		if it.ShortName != "华东精机" || it.CompanyShortName() != "华东精机" {
			t.Errorf("item %s shows the short name %q", it.Kind, it.ShortName)
		}
	}

	mine = got
	mine.ShortName = ""
	if got, err = s.UpdateCustomerEdit(ctx, got, mine); err != nil || got.ShortName != "" || got.CompanyShortName() != "华东精密机械制造" {
		t.Errorf("with the short name cleared the computed one is used: %q (%v)", got.CompanyShortName(), err)
	}
}
