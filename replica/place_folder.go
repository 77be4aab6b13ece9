package replica

import (
	"context"
	"os"
	"path/filepath"
)

// folderPlace is a replica in a folder of this machine: a USB stick, a mounted NAS share.
type folderPlace struct{ dir string }

func (f folderPlace) read(_ context.Context, name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(f.dir, name))
}

func (f folderPlace) write(_ context.Context, name string, data []byte) error {
	return writeFileAtomic(filepath.Join(f.dir, name), data)
}

func (f folderPlace) remove(_ context.Context, name string) error {
	return os.Remove(filepath.Join(f.dir, name))
}

func (f folderPlace) close() error { return nil }
