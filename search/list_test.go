package search

import (
	"context"
	"reflect"
	"testing"

	"guanxi/model"
	"guanxi/store"
)

// The store's list reads, checked against the search: both read the same customers in the same
// order, and the full rows as one customer's read.

func TestListFullCustomersReadsWhatCustomerReads(t *testing.T) {
	s, ids := searchBook(t)
	ctx := context.Background()
	if err := s.TagPerson(ctx, store.PersonTag{CustomerID: ids["王建国"], Type: "analytical"}); err != nil {
		t.Fatal(err)
	}
	if err := s.TagPerson(ctx, store.PersonTag{CustomerID: ids["王建国"], Type: "hesitant"}); err != nil {
		t.Fatal(err)
	}
	contacts, err := s.Contacts(ctx, ids["王建国"])
	if err != nil || len(contacts) == 0 {
		t.Fatalf("contacts: %v %v", contacts, err)
	}
	// A contact's type is the contact's, not the customer's.
	if err := s.TagPerson(ctx, store.PersonTag{CustomerID: ids["王建国"], ContactID: contacts[0].ID, Type: "proud"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []store.ListQuery{{}, {Sort: store.SortName}, {Level: model.LevelVIP}, {Text: "苏州", Sort: store.SortRevenue}} {
		list, err := s.ListCustomers(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		full, err := s.ListFullCustomers(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(full) != len(list) || len(full) == 0 {
			t.Fatalf("%+v: %d full customers, %d rows", q, len(full), len(list))
		}
		for i, c := range full {
			if c.ID != list[i].ID {
				t.Errorf("%+v: customer %d is %s, the list has %s", q, i, c.Name, list[i].Name)
			}
			one, err := s.Customer(ctx, c.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(c, one) {
				t.Errorf("ListFullCustomers gives\n%+v\nCustomer gives\n%+v", c, one)
			}
		}
	}
}

func TestListCustomersSortsNamesByPinyin(t *testing.T) {
	s, _ := searchBook(t)
	ctx := context.Background()
	rows, err := s.ListCustomers(ctx, store.ListQuery{Sort: store.SortName})
	if err != nil {
		t.Fatal(err)
	}
	ix := loadIndex(t, s)
	r := ix.Search(store.ListQuery{Sort: store.SortName}, nil)
	if len(rows) != r.Len() {
		t.Fatalf("%d rows, %d in the index", len(rows), r.Len())
	}
	for i, c := range rows {
		if c.ID != r.At(i).Customer.ID {
			t.Errorf("row %d: SQL has %s, the index %s", i, c.Name, r.At(i).Customer.Name)
		}
	}
	first, err := s.ListCustomers(ctx, store.ListQuery{Sort: store.SortName, Limit: 3})
	if err != nil || len(first) != 3 || first[0].ID != rows[0].ID || first[2].ID != rows[2].ID {
		t.Errorf("a limit should cut the pinyin order, not the table: %v %v", first, err)
	}
}

// TestListBreaksTiesAsTheIndexDoes: the list read from SQL, whole or its first page, is in the
// index's order for every sort: ties (customers of one level, say) by the name read as pinyin, so
// the first page shown before the index is there keeps its rows when the index arrives.
func TestListBreaksTiesAsTheIndexDoes(t *testing.T) {
	s, _ := searchBook(t)
	listMatchesIndex(t, s, []int{0, 3, 5})
}

// listMatchesIndex checks every order of the list, with each limit, against the index.
func listMatchesIndex(t *testing.T, s *store.Store, limits []int) {
	t.Helper()
	ctx := context.Background()
	ix := loadIndex(t, s)
	for _, sort := range store.SortKeys {
		for _, limit := range limits {
			q := store.ListQuery{Sort: sort, Limit: limit}
			rows, err := s.ListCustomers(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			r := ix.Search(q, nil)
			want := r.Len()
			if limit > 0 {
				want = min(want, limit)
			}
			if len(rows) != want {
				t.Fatalf("%+v: %d rows, want %d", q, len(rows), want)
			}
			for i, c := range rows {
				if c.ID != r.At(i).Customer.ID {
					t.Errorf("%+v: row %d is %s, the index has %s", q, i, c.Name, r.At(i).Customer.Name)
					break
				}
			}
		}
	}
}
