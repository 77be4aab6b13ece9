package replica

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guanxi/store"
)

// TestHeldBookOpensReadOnly: while A holds the book, B opens it read-only, its writes are refused
// with a message naming A, and it follows what A writes.
func TestHeldBookOpensReadOnly(t *testing.T) {
	url := filepath.Join(t.TempDir(), "nas")
	a, b := twoMachines(t, url)
	a.run(func(s *Session, st *store.Store) { addCustomer(t, st, "张三") })

	sa, sta := a.open()
	sb, stb := b.open()
	who, ro := sb.ReadOnly()
	if !ro || who.Machine != "laptop" {
		t.Fatalf("B: read-only %v, held by %q; want read-only, held by laptop", ro, who.Machine)
	}
	if _, roA := sa.ReadOnly(); roA {
		t.Fatal("A, the holder, is read-only")
	}
	if !hasCustomer(t, stb, "张三") {
		t.Fatal("B does not see the book as A left it")
	}
	err := stb.AddCustomer(context.Background(), newCustomer("李四"))
	var held *HeldError
	if !errors.As(err, &held) || !strings.Contains(err.Error(), "laptop") || !strings.Contains(err.Error(), "只读") {
		t.Fatalf("B's write: %v; want a refusal naming laptop in both languages", err)
	}
	// A writes and ships; B follows.
	addCustomer(t, sta, "王五")
	if err := sa.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	before, _ := stb.DataVersion(context.Background())
	if err := sb.FollowOnce(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !hasCustomer(t, stb, "王五") {
		t.Error("B does not follow A's write")
	}
	if after, _ := stb.DataVersion(context.Background()); after == before {
		t.Error("following did not show as a change of the book")
	}
	b.close(sb, stb)
	a.close(sa, sta)
	// A let go: B writes now.
	writesOnceLetGo(t, b, "B is read-only after A quit")
}

// writesOnceLetGo opens the book on m after the other machine let go of it, and writes there: m
// holds the book now (else the test fails saying why) and a customer's write goes through.
func writesOnceLetGo(t *testing.T, m *machine, why string) {
	t.Helper()
	m.run(func(s *Session, st *store.Store) {
		writable(t, s, why)
		addCustomer(t, st, "赵六")
	})
}

// TestStaleHoldTakenOver: A is gone without letting go (killed); B finds the hold stale, opens
// read-only until it takes the hold over, then writes.
func TestStaleHoldTakenOver(t *testing.T) {
	url := filepath.Join(t.TempDir(), "nas")
	a, b := twoMachines(t, url)
	sa, sta := a.open()
	addCustomer(t, sta, "张三")
	if err := sa.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	// B's clock is two hours on: A's hold has not been renewed for longer than it lasts.
	b.now = func() time.Time { return time.Now().Add(2 * time.Hour) }
	st, err := ReadStatus(context.Background(), b.opts())
	if err != nil {
		t.Fatal(err)
	}
	if st.Holder == nil || st.Holder.Machine != "laptop" || !st.Stale || st.HeldHere {
		t.Fatalf("status: %+v; want held by laptop, stale", st)
	}
	sb, stb := b.open()
	if _, ro := sb.ReadOnly(); !ro {
		t.Fatal("B writes a book A holds, stale or not, before taking it over")
	}
	b.close(sb, stb)
	prev, err := Takeover(context.Background(), b.opts())
	if err != nil {
		t.Fatal(err)
	}
	if prev == nil || prev.Machine != "laptop" {
		t.Fatalf("takeover replaced %+v; want laptop's hold", prev)
	}
	b.run(func(s *Session, st *store.Store) {
		writable(t, s, "B is read-only after taking over")
		if !hasCustomer(t, st, "张三") {
			t.Error("B does not see what A shipped")
		}
		addCustomer(t, st, "李四")
		// A's session, still running, learns at its next renewal that it lost the hold.
		if err := sa.hold.renew(context.Background(), sa.me); !errors.Is(err, ErrHoldLost) {
			t.Errorf("A's renewal after the takeover: %v; want ErrHoldLost", err)
		}
	})
	sta.Close()
	sa.Close()
}

// TestReadOnlyBookWritableWhenHolderLetsGo: B runs read-only while A holds the book; A writes and
// quits; B, still running, takes the hold, has A's last writes, and writes and ships as a holder
// does — no restart. A, opened again, sees B's write and is the one that reads now.
func TestReadOnlyBookWritableWhenHolderLetsGo(t *testing.T) {
	writableWhenLetGo(t, filepath.Join(t.TempDir(), "nas"))
}

func writableWhenLetGo(t *testing.T, url string) {
	ctx := context.Background()
	a, b := twoMachines(t, url)
	a.run(func(s *Session, st *store.Store) { addCustomer(t, st, "张三") })

	sa, sta := a.open()
	sb, stb := b.open()
	if _, ro := sb.ReadOnly(); !ro {
		t.Fatal("B is not read-only while A holds the book")
	}
	if took, err := sb.TakeWhenFree(ctx); took || err != nil {
		t.Fatalf("B took a book A still holds: %v %v", took, err)
	}
	addCustomer(t, sta, "王五")
	a.close(sa, sta) // ships 王五 and lets go

	took, err := sb.TakeWhenFree(ctx)
	if err != nil || !took {
		t.Fatalf("B did not take the book A let go: %v %v", took, err)
	}
	if who, ro := sb.ReadOnly(); ro {
		t.Fatalf("B is still read-only, held by %q", who.Machine)
	}
	if !hasCustomer(t, stb, "王五") {
		t.Error("B does not have what A wrote before it let go")
	}
	addCustomer(t, stb, "李四")
	if err := sb.Sync(ctx); err != nil {
		t.Fatalf("B's write is not shipped: %v", err)
	}
	st, err := ReadStatus(ctx, a.opts())
	if err != nil {
		t.Fatal(err)
	}
	if st.Holder == nil || st.Holder.Machine != "desktop" {
		t.Fatalf("the replica is held by %+v; want desktop", st.Holder)
	}
	// A opens while B runs: it is brought up to B's write and only reads.
	a.run(func(s *Session, st *store.Store) {
		if who, ro := s.ReadOnly(); !ro || who.Machine != "desktop" {
			t.Errorf("A: read-only %v, held by %q; want read-only, held by desktop", ro, who.Machine)
		}
		if !hasCustomer(t, st, "李四") {
			t.Error("A does not see B's write")
		}
	})
	b.close(sb, stb)
	writesOnceLetGo(t, a, "A is read-only after B quit")
}

// TestFollowerTakesTheBookByItself: the follower's own loop, not a call of the test's, makes the
// book writable once the holder lets go.
func TestFollowerTakesTheBookByItself(t *testing.T) {
	url := filepath.Join(t.TempDir(), "nas")
	a, b := twoMachines(t, url)
	a.run(func(s *Session, st *store.Store) { addCustomer(t, st, "张三") })
	sa, sta := a.open()
	o := b.opts()
	o.FollowEvery = 20 * time.Millisecond
	sb, stb := b.openWith(o)
	addCustomer(t, sta, "王五")
	a.close(sa, sta)
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if _, ro := sb.ReadOnly(); !ro {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("B is still read-only long after A let go")
		}
	}
	if !hasCustomer(t, stb, "王五") {
		t.Error("B does not have what A wrote before it let go")
	}
	addCustomer(t, stb, "李四")
	b.close(sb, stb)
}
