package exchange

import (
	"context"
	"os"

	"guanxi/internal/atomicfile"
	"guanxi/store"
)

// ErrExists is returned by ExportFile when the file is there (a dangling link included) and
// replacing it was not asked for.
var ErrExists = atomicfile.ErrExists

// ExportFile exports to a file readable by the user alone, since an archive is private business
// data. The file is written whole or not at all (atomicfile), so a failed or killed export leaves
// no half-written file and never harms one that was there. An existing file is replaced only with
// replace set.
func ExportFile(ctx context.Context, s *store.Store, path string, o ExportOptions, replace bool) (int, error) {
	var n int
	err := atomicfile.Write(path, atomicfile.Options{Replace: replace}, func(f *os.File) error {
		var err error
		n, err = Export(ctx, s, f, o)
		return err
	})
	return n, err
}
