package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"testing"

	"guanxi/model"
)

// assertDealFigures checks that every customer's row, in the trash or not, carries the figures of
// their deals as the deals themselves give them: first and last day, count and order total.
func assertDealFigures(t *testing.T, s *Store) {
	t.Helper()
	rows, err := s.db.Query(`SELECT c.id, c.name, coalesce(c.first_deal_on, '-'), coalesce(c.last_deal_on, '-'), c.deal_count, c.order_total,
		coalesce(min(d.on_date), '-'), coalesce(max(d.on_date), '-'), count(d.id), coalesce(sum(d.amount), 0)
		FROM customers c LEFT JOIN deals d ON d.customer_id = c.id GROUP BY c.id ORDER BY c.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name, first, last, wantFirst, wantLast string
		var count, wantCount int
		var total, wantTotal model.Money
		if err := rows.Scan(&id, &name, &first, &last, &count, &total, &wantFirst, &wantLast, &wantCount, &wantTotal); err != nil {
			t.Fatal(err)
		}
		got, want := fmt.Sprintf("%s %s %d %v", first, last, count, total), fmt.Sprintf("%s %s %d %v", wantFirst, wantLast, wantCount, wantTotal)
		if got != want {
			t.Errorf("customer %d %s carries first, last, count, total %s; the deals give %s", id, name, got, want)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

// wantDeals checks one customer's last deal and count of deals as the store reads them.
func wantDeals(t *testing.T, s *Store, id int64, last string, count int) {
	t.Helper()
	var gotLast sql.NullString
	var gotCount int
	if err := s.db.QueryRow("SELECT last_deal_on, deal_count FROM customers WHERE id = ?", id).Scan(&gotLast, &gotCount); err != nil {
		t.Fatal(err)
	}
	if gotLast.String != last || gotCount != count {
		t.Errorf("customer %d: last deal %q, %d deals; want %q, %d", id, gotLast.String, gotCount, last, count)
	}
}

func dealOn(id int64, on string, yuan int64) model.Deal {
	return model.Deal{CustomerID: id, On: model.MustDate(on), Product: "软件", Amount: model.Money(yuan * 100)}
}

// Every way a deal is written, moved or removed keeps the customer's last deal and count of deals
// right, in the same transaction.
func TestDealFiguresFollowEveryWrite(t *testing.T) {
	s, ctx, wang := bookWith(t, model.Customer{Name: "王建国", Phone: "13800138000"})
	li := addCustomer(t, s, model.Customer{Name: "李娜"})
	wantDeals(t, s, wang.ID, "", 0)

	// One at a time, not in order of their days.
	for _, d := range []model.Deal{dealOn(wang.ID, "2025-06-01", 1000), dealOn(wang.ID, "2026-01-15", 2000), dealOn(wang.ID, "2024-03-01", 500)} {
		if err := s.AddDeal(ctx, &d); err != nil {
			t.Fatal(err)
		}
	}
	wantDeals(t, s, wang.ID, "2026-01-15", 3)
	if c, err := s.Customer(ctx, wang.ID); err != nil || c.LastDealOn != model.MustDate("2026-01-15") || c.DealCount != 3 ||
		c.FirstDealOn != model.MustDate("2024-03-01") {
		t.Errorf("the customer as read: %+v %v", c, err)
	}
	assertDealFigures(t, s)

	// In bulk: a customer the Bulk adds, one already in the book, and a deal written whole as an
	// import writes it.
	var zhao model.Customer
	err := s.WriteBulk(ctx, func(b *Bulk) error {
		zhao = model.Customer{Name: "赵敏"}
		if err := b.AddCustomer(&zhao); err != nil {
			return err
		}
		if err := b.AddDeals([]model.Deal{dealOn(zhao.ID, "2025-02-01", 100), dealOn(zhao.ID, "2025-01-01", 100)}); err != nil {
			return err
		}
		d := dealOn(li.ID, "2025-12-20", 400)
		if err := b.AddDeal(&d); err != nil {
			return err
		}
		whole := dealOn(li.ID, "2025-06-01", 800)
		whole.CreditDueOn = model.MustDate("2025-07-01")
		return b.AddDeal(&whole)
	})
	if err != nil {
		t.Fatal(err)
	}
	wantDeals(t, s, zhao.ID, "2025-02-01", 2)
	wantDeals(t, s, li.ID, "2025-12-20", 2)
	assertDealFigures(t, s)

	// A payment and a level change rewrite the derived figures; they stay the same.
	if _, err := s.RecordPayment(ctx, li.ID, model.MoneyFromYuan(100), 0, model.MustDate("2026-03-01"), ""); err != nil {
		t.Fatal(err)
	}
	wantDeals(t, s, li.ID, "2025-12-20", 2)
	if _, _, err := s.ApplySuggestedLevel(ctx, li.ID, model.LevelByRule); err != nil {
		t.Fatal(err)
	}
	assertDealFigures(t, s)

	// Merging duplicates moves the dropped customer's deals to the one kept.
	if _, err := s.MergeCustomers(ctx, wang.ID, zhao.ID, model.Zh); err != nil {
		t.Fatal(err)
	}
	wantDeals(t, s, wang.ID, "2026-01-15", 5)
	assertDealFigures(t, s)

	// To the trash and back, the figures are kept; purged, the customer and their deals go.
	if err := s.DeleteCustomer(ctx, li.ID); err != nil {
		t.Fatal(err)
	}
	wantDeals(t, s, li.ID, "2025-12-20", 2)
	if err := s.RestoreCustomer(ctx, li.ID); err != nil {
		t.Fatal(err)
	}
	wantDeals(t, s, li.ID, "2025-12-20", 2)
	if err := s.DeleteCustomer(ctx, li.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PurgeTrash(ctx, nil); err != nil {
		t.Fatal(err)
	}
	assertDealFigures(t, s)
	var left int
	if err := s.db.QueryRow("SELECT count(*) FROM deals WHERE customer_id = ?", li.ID).Scan(&left); err != nil || left != 0 {
		t.Errorf("%d deals of the purged customer left: %v", left, err)
	}
}

// A book of the schema before the deal figures were kept on the customer's row gets them filled
// from its deals when this build opens it, and the analysis reads them.
func TestMigrationFillsDealFigures(t *testing.T) {
	s := upgradedBook(t, 9, `
		INSERT INTO customers (id, uid, name, first_deal_on, order_total, created_at, updated_at) VALUES
			(1, 'c1', '王建国', '2024-01-15', 300000, 0, 0),
			(2, 'c2', '曾志伟', '2025-05-10', 30000000, 0, 0),
			(3, 'c3', '周杰', NULL, 0, 0, 0);
		INSERT INTO deals (uid, customer_id, on_date, amount, created_at, updated_at) VALUES
			('d1', 1, '2024-01-15', 100000, 0, 0), ('d2', 1, '2026-01-15', 150000, 0, 0), ('d3', 1, '2025-11-01', 50000, 0, 0),
			('d4', 2, '2025-05-10', 30000000, 0, 0);`)
	wantDeals(t, s, 1, "2026-01-15", 3)
	wantDeals(t, s, 2, "2025-05-10", 1)
	wantDeals(t, s, 3, "", 0)
	assertDealFigures(t, s)
	r, err := s.Analysis(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if r.Dormant.Count != 1 || r.Dormant.Rows[0].Name != "曾志伟" || r.Tenure.Old != 1 || r.Tenure.New != 1 || r.Tenure.None != 1 {
		t.Errorf("the analysis of the upgraded book: dormant %+v, tenure %+v", r.Dormant, r.Tenure)
	}
	if _, err := os.Stat(fmt.Sprintf("%s.before-v%d", s.Path(), SchemaVersion())); err != nil {
		t.Errorf("no copy of the old book: %v", err)
	}
}
