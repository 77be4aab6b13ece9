package replica

import (
	"context"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"guanxi/store"
)

// startS3 runs an S3 server in the test's process with one bucket, and returns the replica URL of
// a folder in it; the keys come from the environment, as the AWS tools read them.
func startS3(t *testing.T) string {
	t.Helper()
	backend := s3mem.New()
	if err := backend.CreateBucket("books"); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gofakes3.New(backend).Server())
	t.Cleanup(srv.Close)
	t.Setenv("AWS_ACCESS_KEY_ID", "test-key")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
	t.Setenv("AWS_CONFIG_FILE", "/nonexistent")
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
	// A CA bundle of the machine's is for real endpoints; this one speaks plain HTTP.
	t.Setenv("AWS_CA_BUNDLE", "")
	os.Unsetenv("AWS_CA_BUNDLE")
	return "s3://books/guanxi?endpoint=" + srv.URL + "&region=us-east-1"
}

func TestS3HandOver(t *testing.T) {
	handOver(t, startS3(t))
}

// TestS3ReadOnlyBookWritableWhenHolderLetsGo: on S3 too, a guanxi that reads a book held by
// another machine's lease writes it once that machine lets the lease go.
func TestS3ReadOnlyBookWritableWhenHolderLetsGo(t *testing.T) {
	writableWhenLetGo(t, startS3(t))
}

// TestS3Lease: on S3 the hold is Litestream's lease: B is read-only while A holds it, takes it over
// when A is gone, and A's renewal then fails.
func TestS3Lease(t *testing.T) {
	url := startS3(t)
	a, b := twoMachines(t, url)
	sa, sta := a.open()
	addCustomer(t, sta, "张三")
	if err := sa.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	sb, stb := b.open()
	if who, ro := sb.ReadOnly(); !ro || who.Machine != "laptop" {
		t.Fatalf("B: read-only %v held by %q; want read-only, held by laptop", ro, who.Machine)
	}
	if err := stb.AddCustomer(context.Background(), newCustomer("李四")); err == nil || !strings.Contains(err.Error(), "laptop") {
		t.Fatalf("B's write: %v; want a refusal naming laptop", err)
	}
	b.close(sb, stb)
	if _, err := Takeover(context.Background(), b.opts()); err != nil {
		t.Fatal(err)
	}
	b.run(func(s *Session, st *store.Store) {
		writable(t, s, "B is read-only after taking over")
		if !hasCustomer(t, st, "张三") {
			t.Error("B does not see A's customer")
		}
		if err := sa.hold.renew(context.Background(), sa.me); err != ErrHoldLost {
			t.Errorf("A's renewal after the takeover: %v; want ErrHoldLost", err)
		}
	})
	sta.Close()
	sa.Close()
}
