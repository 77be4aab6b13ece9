package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"guanxi/internal/samplebook"
	"guanxi/model"
	"guanxi/sample"
	"guanxi/store"
)

// TestEachListedIsListCustomers: the list read a chunk at a time off its order read from the table
// gives the customers ListCustomers gives, in the same order, with the same fields, in every order
// of the list and with a filter, the columns of the table and every field.
func TestEachListedIsListCustomers(t *testing.T) {
	ctx := context.Background()
	s := samplebook.Open(t, time.Now, sample.Options{Customers: 500, Seed: 11, Today: model.MustDate("2026-03-10")})
	// Namesakes, so that ties reach past the pinyin to the name and the id.
	for range 3 {
		c := model.Customer{Name: "李娜", Level: model.LevelNew}
		if err := s.AddCustomer(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	for _, sort := range store.SortKeys {
		for _, q := range []store.ListQuery{{Sort: sort}, {Sort: sort, Level: model.LevelNew}} {
			for _, full := range []bool{false, true} {
				list := s.ListCustomers
				if full {
					list = s.ListFullCustomers
				}
				want, err := list(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				var got []model.Customer
				if err := s.EachListed(ctx, q, full, func(c *model.Customer) error {
					got = append(got, *c)
					return nil
				}); err != nil {
					t.Fatal(err)
				}
				if len(want) == 0 {
					t.Fatalf("%+v: the book lists no one", q)
				}
				if !slices.EqualFunc(got, want, func(a, b model.Customer) bool { return a.ID == b.ID }) {
					t.Errorf("%+v full=%v: EachListed's order is not ListCustomers'", q, full)
					continue
				}
				for i := range got {
					if got[i].Name != want[i].Name || got[i].NextDueOn != want[i].NextDueOn || got[i].Email != want[i].Email ||
						!slices.Equal(got[i].Types, want[i].Types) {
						t.Errorf("%+v full=%v: customer %d differs:\n%+v\n%+v", q, full, got[i].ID, got[i], want[i])
						break
					}
				}
			}
		}
	}
}
