package store

import (
	"errors"
	"testing"

	"guanxi/model"
)

// An edit writes only what the user changed: a change made elsewhere since the edit began stays,
// and a field changed on both sides is refused with both values until the user chooses.
func TestAnEditWritesOnlyWhatTheUserChanged(t *testing.T) {
	s, ctx, loaded := bookWith(t, model.Customer{Name: "张三", Phone: "13800000000", Email: "a@b.cn"})

	elsewhere := loaded
	elsewhere.Email, elsewhere.Notes = "new@b.cn", "别处写的"
	if err := s.UpdateCustomer(ctx, &elsewhere); err != nil {
		t.Fatal(err)
	}
	mine := loaded
	mine.Address = "北京市海淀区"
	got, err := s.UpdateCustomerEdit(ctx, loaded, mine)
	if err != nil {
		t.Fatal(err)
	}
	if got.Email != "new@b.cn" || got.Notes != "别处写的" || got.Address != "北京市海淀区" {
		t.Errorf("saved %+v", got)
	}

	mine = loaded
	mine.Email = "mine@b.cn"
	_, err = s.UpdateCustomerEdit(ctx, loaded, mine)
	var conflict *model.EditConflictError
	if !errors.As(err, &conflict) || len(conflict.Conflicts) != 1 || conflict.Conflicts[0].Theirs != "new@b.cn" || conflict.Conflicts[0].Mine != "mine@b.cn" {
		t.Fatalf("a conflicting edit: %v", err)
	}
	if now, _ := s.Customer(ctx, loaded.ID); now.Email != "new@b.cn" {
		t.Errorf("the conflicting edit wrote %q", now.Email)
	}
	// The user keeps theirs: the edit begins again from the customer as it is now.
	got, err = s.UpdateCustomerEdit(ctx, conflict.Current, model.ResolveEdit(loaded, mine, conflict.Current, map[string]bool{"email": true}))
	if err != nil || got.Email != "mine@b.cn" || got.Address != "北京市海淀区" {
		t.Errorf("saving the choice: %v %+v", err, got)
	}
}

// A referrer in the book is a link, shown on both archives; a referrer cannot be oneself or a
// customer the book does not hold.
func TestReferrerIsALink(t *testing.T) {
	s, ctx, old := bookWith(t, model.Customer{Name: "老王"})
	c := addCustomer(t, s, model.Customer{Name: "小李", ReferrerID: old.ID, Source: "转介绍", Size: "中", RegisteredCapital: 500_0000_00})
	got, _ := s.Customer(ctx, c.ID)
	if got.ReferrerID != old.ID || got.ReferredBy != "老王" || got.Source != "转介绍" || got.Size != "中" || got.RegisteredCapital != 500_0000_00 {
		t.Errorf("saved %+v", got)
	}
	referred, err := s.Referred(ctx, old.ID)
	if err != nil || len(referred) != 1 || referred[0].ID != c.ID {
		t.Errorf("referred %v %v", referred, err)
	}
	self := got
	self.ReferrerID = c.ID
	if err := s.UpdateCustomer(ctx, &self); err == nil {
		t.Errorf("a customer referred themselves")
	}
	gone := got
	gone.ReferrerID = 999
	if err := s.UpdateCustomer(ctx, &gone); err == nil {
		t.Errorf("a referrer outside the book was linked")
	}
	if _, err := s.PurgeTrash(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteCustomer(ctx, old.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PurgeTrash(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if after, _ := s.Customer(ctx, c.ID); after.ReferrerID != 0 || after.ReferredBy != "老王" {
		t.Errorf("after the referrer is purged: %+v", after)
	}
}
