package replica

import (
	"encoding/json"
	"errors"
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

// writeJSON writes v as indented JSON, a whole file at once, as the settings and the state are
// kept.
func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(path, append(b, '\n'))
}

// removeFile removes a file of ours; one that is not there is already as asked.
func removeFile(path string) error {
	err := os.Remove(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}
