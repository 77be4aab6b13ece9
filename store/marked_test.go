package store

import (
	"slices"
	"testing"

	"guanxi/model"
)

// Changes to many customers are one transaction each and are undone exactly.
func TestChangesToMarkedCustomersAndTheirUndo(t *testing.T) {
	s, ctx, a := bookWith(t, model.Customer{Name: "张三", Level: model.LevelNew, Tags: []string{"展会"}})
	b := addCustomer(t, s, model.Customer{Name: "李四", Level: model.LevelVIP})
	c := addCustomer(t, s, model.Customer{Name: "王五", Level: model.LevelNew})
	gone := addCustomer(t, s, model.Customer{Name: "赵六", Level: model.LevelNew})
	if err := s.DeleteCustomer(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	ids := []int64{a.ID, b.ID, c.ID, gone.ID}
	get := func(id int64) model.Customer {
		t.Helper()
		cu, err := s.Customer(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return cu
	}

	before, err := s.SetLevelOf(ctx, ids, model.LevelVIP)
	if err != nil {
		t.Fatal(err)
	}
	if len(before) != 2 || before[a.ID] != model.LevelNew || before[c.ID] != model.LevelNew {
		t.Fatalf("the levels before should name the two that changed: %v", before)
	}
	if get(a.ID).Level != model.LevelVIP || get(c.ID).Level != model.LevelVIP {
		t.Fatal("the level was not set")
	}
	if changes, _ := s.LevelChanges(ctx, a.ID); len(changes) == 0 {
		t.Error("a level set for many should be on each one's timeline")
	}
	if _, err := s.SetLevelOf(ctx, ids, "nonsense"); err == nil {
		t.Error("an unknown level should be refused")
	}
	if err := s.RestoreLevels(ctx, before); err != nil {
		t.Fatal(err)
	}
	if get(a.ID).Level != model.LevelNew || get(b.ID).Level != model.LevelVIP {
		t.Error("undo should give back each level as it was")
	}

	added, err := s.AddTagTo(ctx, ids, "展会")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(added, []int64{b.ID, c.ID}) {
		t.Fatalf("the tag is new to 李四 and 王五 only, added to %v", added)
	}
	if found, _ := s.ListCustomers(ctx, ListQuery{Text: "展会"}); len(found) != 3 {
		t.Errorf("a tag added to many should be searchable: %d found", len(found))
	}
	if err := s.RemoveTagFrom(ctx, added, "展会"); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(get(a.ID).Tags, []string{"展会"}) || len(get(b.ID).Tags) != 0 {
		t.Error("undo should take the tag off only those it was added to")
	}
	if _, err := s.AddTagTo(ctx, ids, "两个 标签"); err == nil {
		t.Error("two tags at once should be refused")
	}

	typed, err := s.AddTypeTo(ctx, ids, "hesitant")
	if err != nil || len(typed) != 3 {
		t.Fatalf("the type should go on the three customers outside the trash: %v, %v", typed, err)
	}
	if again, _ := s.AddTypeTo(ctx, ids, "hesitant"); len(again) != 0 {
		t.Errorf("a type already carried is not added twice: %v", again)
	}
	if !slices.Contains(get(a.ID).Types, "hesitant") {
		t.Error("the type was not put on")
	}
	if _, err := s.AddTypeTo(ctx, ids, "no_such_type"); err == nil {
		t.Error("an unknown type should be refused")
	}
	if err := s.RemoveTypeFrom(ctx, typed, "hesitant"); err != nil {
		t.Fatal(err)
	}
	if len(get(a.ID).Types) != 0 {
		t.Error("undo should take the type off again")
	}

	moved, err := s.DeleteCustomers(ctx, ids)
	if err != nil || len(moved) != 3 {
		t.Fatalf("three customers should go to the trash: %v, %v", moved, err)
	}
	if n, _ := s.CountCustomers(ctx); n != 0 {
		t.Errorf("%d customers left outside the trash", n)
	}
	if err := s.RestoreCustomers(ctx, moved); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.CountCustomers(ctx); n != 3 {
		t.Errorf("undo should bring the three back, %d are there", n)
	}
	if _, err := s.Customer(ctx, gone.ID); err == nil {
		t.Error("a customer trashed before stays in the trash")
	}
}

// A type carried by the customer and by a contact of theirs is listed once (not 犹豫型、犹豫型).
func TestATypeIsListedOnce(t *testing.T) {
	s, ctx, cu := bookWith(t, model.Customer{Name: "恒达", Kind: model.KindOrganisation})
	ct := model.Contact{CustomerID: cu.ID, Name: "周丽"}
	if err := s.AddContact(ctx, &ct); err != nil {
		t.Fatal(err)
	}
	for _, tag := range []PersonTag{{CustomerID: cu.ID, Type: "hesitant"}, {CustomerID: cu.ID, ContactID: ct.ID, Type: "hesitant"}} {
		if err := s.TagPerson(ctx, tag); err != nil {
			t.Fatal(err)
		}
	}
	list, err := s.ListCustomers(ctx, ListQuery{})
	if err != nil || len(list) != 1 {
		t.Fatal(list, err)
	}
	if !slices.Equal(list[0].Types, []string{"hesitant"}) {
		t.Errorf("the list's types %v repeat a type", list[0].Types)
	}
	var got []string
	if err := s.EachSearchTypes(ctx, func(_ int64, codes []string) { got = codes }); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, []string{"hesitant"}) {
		t.Errorf("the search's types %v repeat a type", got)
	}
}
