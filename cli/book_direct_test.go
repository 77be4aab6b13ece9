package cli

import (
	"context"

	"guanxi/store"
)

// writeDirect writes to the book straight through the store, for what a test needs there that no
// command writes (a reminder marked done, a contact added), and closes the book again before the
// next command opens it; a book that does not open or a write that fails fails the test.
func (b *book) writeDirect(write func(ctx context.Context, s *store.Store) error) {
	b.t.Helper()
	s, err := store.Open(b.path)
	if err != nil {
		b.t.Fatal(err)
	}
	defer s.Close()
	if err := write(context.Background(), s); err != nil {
		b.t.Fatal(err)
	}
}
