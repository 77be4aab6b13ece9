package replica

import (
	"os"
	"path/filepath"

	"guanxi/internal/atomicfile"
)

// writeFileAtomic writes a whole small file so a reader sees the old or the new one, never half
// (atomicfile: a private temporary file in the same folder, flushed, then renamed over the name).
func writeFileAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	return atomicfile.Write(path, atomicfile.Options{Replace: true}, func(f *os.File) error {
		_, err := f.Write(data)
		return err
	})
}
