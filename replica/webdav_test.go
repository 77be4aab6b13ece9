package replica

import (
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/net/webdav"
)

// TestWebDAVHandOver: the hand-over through a WebDAV server on loopback, the hold a holder record.
func TestWebDAVHandOver(t *testing.T) {
	srv := httptest.NewServer(&webdav.Handler{FileSystem: webdav.Dir(t.TempDir()), LockSystem: webdav.NewMemLS()})
	t.Cleanup(srv.Close)
	handOver(t, "webdav://"+strings.TrimPrefix(srv.URL, "http://")+"/guanxi")
}
