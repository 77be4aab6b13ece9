package replica

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/net/webdav"

	"guanxi/store"
)

// TestWebDAVHandOver: the hand-over through a WebDAV server on loopback, the hold a holder record.
func TestWebDAVHandOver(t *testing.T) {
	srv := httptest.NewServer(&webdav.Handler{FileSystem: webdav.Dir(t.TempDir()), LockSystem: webdav.NewMemLS()})
	t.Cleanup(srv.Close)
	handOver(t, "webdav://"+strings.TrimPrefix(srv.URL, "http://")+"/guanxi")
}

// TestUnreachableTargetNeverFailsAWrite: the NAS goes off the network while guanxi writes; every
// write still succeeds, the status says the replica cannot be reached and how far behind it is,
// and quitting says the replica did not catch up instead of waiting for it.
func TestUnreachableTargetNeverFailsAWrite(t *testing.T) {
	ctx := context.Background()
	srv := httptest.NewServer(&webdav.Handler{FileSystem: webdav.Dir(t.TempDir()), LockSystem: webdav.NewMemLS()})
	url := "webdav://" + strings.TrimPrefix(srv.URL, "http://") + "/guanxi"
	a := newMachine(t, "laptop")
	a.set(url)
	s, st := a.open()
	addCustomer(t, st, "张三")
	must(t, s.Sync(ctx))
	srv.CloseClientConnections()
	srv.Close()
	for i := range 5 {
		addCustomer(t, st, fmt.Sprintf("断网后%d", i))
	}
	status, err := ReadStatus(ctx, a.opts())
	must(t, err)
	if status.Reachable || status.Problem == "" || status.Behind == 0 {
		t.Errorf("status with the NAS gone: %+v; want unreachable, with the reason and how far behind", status)
	}
	must(t, st.Close())
	if err := s.Close(); err == nil {
		t.Error("quitting with the NAS gone says the replica caught up")
	}
	// The book here has every write.
	withBook(t, a.book, func(st *store.Store) {
		for i := range 5 {
			if !hasCustomer(t, st, fmt.Sprintf("断网后%d", i)) {
				t.Errorf("断网后%d is lost", i)
			}
		}
	})
}
