package store

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"guanxi/model"
)

func TestListFullCustomersReadsWhatCustomerReads(t *testing.T) {
	s, ids := searchBook(t)
	ctx := context.Background()
	if err := s.TagPerson(ctx, PersonTag{CustomerID: ids["王建国"], Type: "analytical"}); err != nil {
		t.Fatal(err)
	}
	if err := s.TagPerson(ctx, PersonTag{CustomerID: ids["王建国"], Type: "hesitant"}); err != nil {
		t.Fatal(err)
	}
	contacts, err := s.Contacts(ctx, ids["王建国"])
	if err != nil || len(contacts) == 0 {
		t.Fatalf("contacts: %v %v", contacts, err)
	}
	// A contact's type is the contact's, not the customer's.
	if err := s.TagPerson(ctx, PersonTag{CustomerID: ids["王建国"], ContactID: contacts[0].ID, Type: "proud"}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []ListQuery{{}, {Sort: SortName}, {Level: model.LevelVIP}, {Text: "苏州", Sort: SortRevenue}} {
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
	rows, err := s.ListCustomers(ctx, ListQuery{Sort: SortName})
	if err != nil {
		t.Fatal(err)
	}
	ix := loadIndex(t, s)
	r := ix.Search(ListQuery{Sort: SortName}, nil)
	if len(rows) != r.Len() {
		t.Fatalf("%d rows, %d in the index", len(rows), r.Len())
	}
	for i, c := range rows {
		if c.ID != r.At(i).Customer.ID {
			t.Errorf("row %d: SQL has %s, the index %s", i, c.Name, r.At(i).Customer.Name)
		}
	}
	first, err := s.ListCustomers(ctx, ListQuery{Sort: SortName, Limit: 3})
	if err != nil || len(first) != 3 || first[0].ID != rows[0].ID || first[2].ID != rows[2].ID {
		t.Errorf("a limit should cut the pinyin order, not the table: %v %v", first, err)
	}
}

// The first page of the default order must come off an index: at 100,000 customers a sort of
// every row takes a fifth of a second, the index a millisecond.
func TestFirstPageNeedsNoSort(t *testing.T) {
	s := openTemp(t)
	query, args := listSQL(ListQuery{Limit: 200}, listColumns)
	rows, err := s.db.Query("EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	text := strings.Join(plan, "\n")
	if !strings.Contains(text, "customers_list_next_due") || strings.Contains(text, "TEMP B-TREE") {
		t.Errorf("the first page should read the list index and sort nothing:\n%s", text)
	}
}
