package store

import (
	"context"
	"sync/atomic"
)

// writeGate holds the function asked before every write; the zero value lets every write through.
type writeGate struct {
	fn atomic.Pointer[func(context.Context) error]
}

// SetWriteGate makes the store ask fn before every write, single or bulk: an error refuses the
// write and is returned as it is, before anything is changed. Replication uses it to keep a book
// that another machine holds read-only, and to note that the book changed before it changes.
// A nil fn removes the gate.
func (s *Store) SetWriteGate(fn func(context.Context) error) {
	if fn == nil {
		s.gate.fn.Store(nil)
		return
	}
	s.gate.fn.Store(&fn)
}

func (g *writeGate) ask(ctx context.Context) error {
	if fn := g.fn.Load(); fn != nil {
		return (*fn)(ctx)
	}
	return nil
}
