package replica

import (
	"context"
	"os"
	"path"
	"strings"

	"github.com/studio-b12/gowebdav"
)

// webdavPlace is a replica on a WebDAV server, reached as Litestream's own client reaches it.
type webdavPlace struct {
	dir string
	c   *gowebdav.Client
}

func openWebDAV(t Target) *webdavPlace {
	scheme := "http"
	if strings.HasSuffix(t.scheme, "s") {
		scheme = "https"
	}
	return &webdavPlace{dir: t.Path, c: gowebdav.NewClient(scheme+"://"+t.Host, t.User, os.Getenv(EnvWebDAVPassword))}
}

func (w *webdavPlace) read(_ context.Context, name string) ([]byte, error) {
	b, err := w.c.Read(path.Join(w.dir, name))
	if gowebdav.IsErrNotFound(err) {
		return nil, os.ErrNotExist
	}
	return b, err
}

// write puts the file beside its name and moves it over, so a reader never sees half of it.
func (w *webdavPlace) write(_ context.Context, name string, data []byte) error {
	if err := w.c.MkdirAll(w.dir, 0o700); err != nil {
		return err
	}
	tmp := path.Join(w.dir, "."+name+".tmp")
	if err := w.c.Write(tmp, data, 0o600); err != nil {
		return err
	}
	return w.c.Rename(tmp, path.Join(w.dir, name), true)
}

func (w *webdavPlace) remove(_ context.Context, name string) error {
	return w.c.Remove(path.Join(w.dir, name))
}

func (w *webdavPlace) close() error { return nil }
