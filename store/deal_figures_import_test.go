package store_test

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"guanxi/exchange"
	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/store"
)

// importNow is the clock of the import tests: 2026-03-10 09:00 local time.
var importNow = time.Date(2026, 3, 10, 9, 0, 0, 0, time.Local)

func openImportBook(t *testing.T) *store.Store {
	t.Helper()
	return testbook.Open(t, testbook.At(importNow))
}

// dealFigures reads every customer's last deal and count of deals by their lasting identifier.
func dealFigures(t *testing.T, s *store.Store) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := s.EachCustomer(context.Background(), store.Scope{}, func(c model.Customer) error {
		out[c.UID] = c.LastDealOn.String() + " " + strconv.Itoa(c.DealCount)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A whole book imported from JSON, and a CSV row merged into a customer with deals, leave every
// customer's last deal and count of deals as their deals give them.
func TestImportsKeepDealFigures(t *testing.T) {
	ctx := context.Background()
	s := openImportBook(t)
	wang := model.Customer{Name: "王建国", Phone: "13800138000"}
	li := model.Customer{Name: "李娜"}
	for _, c := range []*model.Customer{&wang, &li} {
		if err := s.AddCustomer(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range []model.Deal{
		{CustomerID: wang.ID, On: model.MustDate("2025-06-01"), Amount: 100000},
		{CustomerID: wang.ID, On: model.MustDate("2026-01-15"), Amount: 200000, CreditDueOn: model.MustDate("2026-02-15")},
		{CustomerID: li.ID, On: model.MustDate("2024-03-01"), Amount: 50000},
	} {
		if err := s.AddDeal(ctx, &d); err != nil {
			t.Fatal(err)
		}
	}
	want := dealFigures(t, s)
	if want[wang.UID] != "2026-01-15 2" || want[li.UID] != "2024-03-01 1" {
		t.Fatalf("the book's figures: %v", want)
	}

	var doc bytes.Buffer
	if _, err := exchange.Export(ctx, s, &doc, exchange.ExportOptions{Format: exchange.JSON}); err != nil {
		t.Fatal(err)
	}
	back := openImportBook(t)
	sum, err := exchange.ImportFrom(ctx, back, bytes.NewReader(doc.Bytes()), int64(doc.Len()), exchange.Options{Format: exchange.JSON, Lang: model.Zh})
	if err != nil || sum.Added != 2 {
		t.Fatalf("import the JSON book: %+v %v", sum, err)
	}
	if got := dealFigures(t, back); got[wang.UID] != want[wang.UID] || got[li.UID] != want[li.UID] {
		t.Errorf("after the JSON import %v, want %v", got, want)
	}

	csv := "姓名,手机,备注\n王建国,13800138000,在苏州见过\n"
	sum, err = exchange.ImportFrom(ctx, s, strings.NewReader(csv), int64(len(csv)), exchange.Options{Format: exchange.CSV, Merge: true, Lang: model.Zh})
	if err != nil || sum.Merged != 1 {
		t.Fatalf("merge a CSV row: %+v %v", sum, err)
	}
	if got := dealFigures(t, s); got[wang.UID] != want[wang.UID] {
		t.Errorf("after the CSV merge %v, want %v", got, want)
	}
}
