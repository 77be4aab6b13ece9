package replica

import (
	"path/filepath"

	"github.com/benbjohnson/litestream"
)

// metaDir is Litestream's own folder beside the book (.BOOK-litestream): its record of what it
// has shipped. It belongs to one history of the book and goes when the book is replaced.
func metaDir(book string) string {
	dir, name := filepath.Split(book)
	return filepath.Join(dir, "."+name+litestream.MetaDirSuffix)
}

// lockPath is the file whose lock says which process on this machine replicates the book.
func lockPath(book string) string {
	dir, name := filepath.Split(book)
	return filepath.Join(dir, "."+name+".replicating")
}
