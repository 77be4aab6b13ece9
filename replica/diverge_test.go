package replica

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guanxi/model"
	"guanxi/store"
)

// TestDivergedBooksMerge: A wrote while its replica was out of reach, B wrote meanwhile; when A
// opens again, its book goes aside, the replica's comes in and A's changes are merged into it:
// no customer, contact, logged contact or deal of either side is lost.
func TestDivergedBooksMerge(t *testing.T) {
	ctx := context.Background()
	url := filepath.Join(t.TempDir(), "stick")
	a, b := twoMachines(t, url)
	var x, y, z model.Customer
	a.run(func(s *Session, st *store.Store) {
		x, y, z = addCustomer(t, st, "张三"), addCustomer(t, st, "李四"), addCustomer(t, st, "王五")
	})
	b.run(func(s *Session, st *store.Store) {})

	// A, with the stick unplugged: a new customer, a new phone for X, a call with Y, Z deleted.
	away := url + ".away"
	if err := os.Rename(url, away); err != nil {
		t.Fatal(err)
	}
	var aSide []byte
	a.run(func(s *Session, st *store.Store) {
		if s.Offline == nil {
			t.Fatal("A reached a replica that is unplugged")
		}
		addCustomer(t, st, "A新客户")
		c, _ := st.Customer(ctx, x.ID)
		c.Phone = "13800000001"
		must(t, st.UpdateCustomer(ctx, &c))
		must(t, st.LogInteraction(ctx, &model.Interaction{CustomerID: y.ID, At: time.Now(), Channel: model.ChannelCall, Summary: "在路上打的电话"}))
		must(t, st.AddContact(ctx, &model.Contact{CustomerID: y.ID, Name: "小李", Role: model.RoleOther}))
		must(t, st.DeleteCustomer(ctx, z.ID))
		must(t, st.AddType(ctx, &model.PersonalityType{Code: "on_the_road", Typology: model.BuiltinTypologies()[0].Code,
			Name: model.Text{Zh: "路上认识的", En: "Met on the road"}}))
		aSide = exportJSON(t, st)
	})
	if err := os.Rename(away, url); err != nil {
		t.Fatal(err)
	}
	// B, meanwhile: a customer of its own, an email for X, a deal for Y.
	var bSide []byte
	b.run(func(s *Session, st *store.Store) {
		addCustomer(t, st, "B新客户")
		c, err := st.FindCustomer(ctx, "张三")
		must(t, err)
		c.Email = "zhangsan@example.com"
		must(t, st.UpdateCustomer(ctx, &c))
		yb, err := st.FindCustomer(ctx, "李四")
		must(t, err)
		must(t, st.AddDeal(ctx, &model.Deal{CustomerID: yb.ID, On: model.DateOf(time.Now()), Amount: model.MoneyFromYuan(5000)}))
		must(t, st.SetGreetingLeadDays(ctx, 6))
		bSide = exportJSON(t, st)
	})

	a.run(func(s *Session, st *store.Store) {
		if s.Diverged == nil {
			t.Fatal("A did not see that the two books diverged")
		}
		if _, err := os.Stat(s.Diverged.Aside); err != nil {
			t.Fatalf("A's own book was not kept aside: %v", err)
		}
		if !strings.Contains(filepath.Base(s.Diverged.Aside), "diverged-laptop-") {
			t.Errorf("aside file %s is not named BOOK.diverged-MACHINE-TIME.db", s.Diverged.Aside)
		}
		sum := s.Diverged.Summary
		if sum.Added["customers"] != 1 || sum.Added["interactions"] != 1 || sum.Added["contacts"] != 1 {
			t.Errorf("summary %+v: want A's customer, call and contact added", sum)
		}
		for _, n := range []string{"A新客户", "B新客户", "张三", "李四"} {
			if !hasCustomer(t, st, n) {
				t.Errorf("%s is lost", n)
			}
		}
		if hasCustomer(t, st, "王五") {
			t.Error("王五, deleted on A, is back")
		}
		c, err := st.FindCustomer(ctx, "张三")
		must(t, err)
		if c.Email != "zhangsan@example.com" || !strings.Contains(c.Phone+c.Notes, "13800000001") {
			t.Errorf("张三 lost a side's change: phone %q email %q notes %q", c.Phone, c.Email, c.Notes)
		}
		ys, err := st.FindCustomer(ctx, "李四")
		must(t, err)
		calls, _ := st.Interactions(ctx, ys.ID, 10)
		deals, _ := st.Deals(ctx, ys.ID)
		if len(calls) != 1 || len(deals) != 1 {
			t.Errorf("李四 has %d logged contacts and %d deals; want A's call and B's deal", len(calls), len(deals))
		}
		// Every customer, contact, logged contact and deal of either side's export is in the merged one.
		merged := exportJSON(t, st)
		for side, data := range map[string][]byte{"A": aSide, "B": bSide} {
			for uid := range recordUIDs(t, data) {
				if uid != z.UID && !recordUIDs(t, merged)[uid] { // Z was deleted on A, on purpose
					t.Errorf("a record of %s's book (%s) is not in the merged book", side, uid)
				}
			}
		}
		// The catalog and the settings of both sides: A's new type, B's greeting lead.
		types, err := st.PersonalityTypes(ctx)
		must(t, err)
		found := false
		for _, ty := range types {
			found = found || ty.Code == "on_the_road"
		}
		if lead, err := st.GreetingLeadDays(ctx); !found || err != nil || lead != 6 {
			t.Errorf("after the merge: A's type there %v, B's greeting lead %d (%v); want both", found, lead, err)
		}
		addCustomer(t, st, "合并之后")
	})
	// The merged book is what the replica holds now: B sees it.
	b.run(func(s *Session, st *store.Store) {
		if !s.BroughtUp || !hasCustomer(t, st, "A新客户") || !hasCustomer(t, st, "合并之后") {
			t.Error("B does not see the merged book")
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// recordUIDs collects every "uid" in a JSON export: customers and the records inside them.
func recordUIDs(t *testing.T, data []byte) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if u, ok := v["uid"].(string); ok {
				out[u] = true
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	for dec.More() {
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		walk(v)
	}
	return out
}
