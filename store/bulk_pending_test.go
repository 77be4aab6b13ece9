package store

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"guanxi/model"
)

// The rows a Bulk holds back to write together come out as if each had been written when asked:
// the ids, the order against other statements, and what a read inside the Bulk sees.
func TestBulkHeldRowsKeepTheirOrder(t *testing.T) {
	s, ctx, types := bookWithTypes(t, 1)
	code := types[0].Code
	prepared := func(name string) *PreparedCustomer {
		p, err := s.PrepareCustomer(&model.Customer{Name: name, Level: model.LevelVIP})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	held := rowsPerInsert + 8 // one statement's worth written, eight still held
	err := s.WriteBulk(ctx, func(b *Bulk) error {
		for i := 1; i <= held; i++ {
			id, err := b.AddPrepared(prepared(fmt.Sprintf("客户%d", i)))
			if err != nil || id != int64(i) {
				return fmt.Errorf("customer %d got id %d: %v", i, id, err)
			}
			if i%10 == 0 {
				if err := b.Tag(PersonTag{CustomerID: id, Type: code}); err != nil {
					return err
				}
			}
		}
		// A read inside the Bulk sees the customer and the type still held back.
		c, err := b.Customer(40)
		if err != nil || c.Name != "客户40" || len(c.Types) != 1 {
			return fmt.Errorf("read back inside the Bulk: %+v %v", c, err)
		}
		// A customer SQLite gives the id to comes after those held, and the next prepared after it.
		other := model.Customer{Name: "另一位"}
		if err := b.AddCustomer(&other); err != nil || other.ID != int64(held+1) {
			return fmt.Errorf("added customer got id %d: %v", other.ID, err)
		}
		if id, err := b.AddPrepared(prepared("最后一位")); err != nil || id != int64(held+2) {
			return fmt.Errorf("last customer got id %d: %v", id, err)
		}
		return b.Tag(PersonTag{CustomerID: int64(held + 2), Type: code})
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := s.CountCustomers(ctx); n != held+2 {
		t.Errorf("%d customers, want %d", n, held+2)
	}
	for _, id := range []int64{10, 40, int64(held + 2)} {
		if tags, err := s.PersonTags(ctx, id); err != nil || len(tags) != 1 || tags[0].Type != code {
			t.Errorf("customer %d: tags %v, %v", id, tags, err)
		}
	}
	if c, err := s.Customer(ctx, int64(held+2)); err != nil || c.Name != "最后一位" || c.NextVisitOn.IsZero() {
		t.Errorf("the last customer: %+v %v (a VIP is due by the plan)", c, err)
	}
}

// A held row that cannot be written is named in the message, and nothing of the Bulk is saved.
func TestBulkHeldRowThatFailsIsNamed(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	err := s.WriteBulk(ctx, func(b *Bulk) error {
		for i := 1; i <= rowsPerInsert; i++ {
			c := &model.Customer{Name: fmt.Sprintf("客户%d", i)}
			p, err := s.PrepareCustomer(c)
			if err != nil {
				return err
			}
			if i == 20 {
				p.args[0] = "same-uid" // the first column is the lasting identifier, which is unique
			}
			if i == 21 {
				p.args[0] = "same-uid"
			}
			if _, err := b.AddPrepared(p); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "客户21") {
		t.Fatalf("the error should name the customer who failed: %v", err)
	}
	if n, _ := s.CountCustomers(ctx); n != 0 {
		t.Errorf("%d customers saved by a failed Bulk", n)
	}
}
