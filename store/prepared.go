package store

import (
	"context"
	"database/sql"
	"sync"
)

// preparedReads keeps the prepared statements of the reads run again and again (the checklist's),
// so that SQLite parses and plans each once per connection rather than on every read: on the
// follow-up view's read of a few hundred index entries, preparing was a fifth of the time.
type preparedReads struct {
	mu    sync.Mutex
	stmts map[string]*sql.Stmt
}

// prepared is a querier that runs each statement through the store's cache of prepared reads.
type prepared struct{ s *Store }

// stmt returns the statement prepared for query, preparing it the first time. The lock is not
// held while preparing, which waits for a free connection: two that prepare the same statement at
// once keep the first and close the other.
func (s *Store) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	s.reads.mu.Lock()
	st, ok := s.reads.stmts[query]
	s.reads.mu.Unlock()
	if ok {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	s.reads.mu.Lock()
	defer s.reads.mu.Unlock()
	if had, ok := s.reads.stmts[query]; ok {
		st.Close()
		return had, nil
	}
	if s.reads.stmts == nil {
		s.reads.stmts = map[string]*sql.Stmt{}
	}
	s.reads.stmts[query] = st
	return st, nil
}

// closeReads closes the prepared statements.
func (s *Store) closeReads() {
	s.reads.mu.Lock()
	defer s.reads.mu.Unlock()
	for _, st := range s.reads.stmts {
		st.Close()
	}
	s.reads.stmts = nil
}

func (p prepared) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := p.s.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (p prepared) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := p.s.stmt(ctx, query)
	if err != nil {
		// A Row carries its error to Scan; a failed read of the same statement unprepared says why.
		return p.s.db.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}
