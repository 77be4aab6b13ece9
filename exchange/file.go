package exchange

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"guanxi/store"
)

// ErrExists is returned by ExportFile when the file is there and replacing it was not asked for.
var ErrExists = errors.New("the file exists")

// ExportFile exports to a file readable by the user alone, since an archive is private business
// data. It writes a temporary file beside path and renames it over path once complete, so a
// failed export leaves no half-written file and never harms one that was there. An existing
// file is replaced only with replace set.
func ExportFile(ctx context.Context, s *store.Store, path string, o ExportOptions, replace bool) (int, error) {
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return 0, fmt.Errorf("%s is a folder", path)
		}
		if !replace {
			return 0, fmt.Errorf("%s: %w", path, ErrExists)
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return 0, err
	}
	n, err := Export(ctx, s, tmp, o)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return n, err
	}
	return n, os.Rename(tmp.Name(), path)
}
