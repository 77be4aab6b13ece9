package replica

import (
	"context"
	"errors"
	"time"
)

// A writing session keeps its hold alive and notes how far the replica has come; every session
// notes where the book here and the replica last agreed.

// seen records that the book here and the replica agree at pos.
func (s *Session) seen(pos Position, dirty bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if pos.At.IsZero() {
		pos.At = s.opts.Now()
	}
	s.st.Seen, s.st.Dirty = pos, dirty
	s.dirty.Store(dirty)
	saveState(s.opts.ConfigDir, s.st)
}

// keep renews the hold and notes how far the replica has come, until Close.
func (s *Session) keep() {
	defer s.wg.Done()
	tick := time.NewTicker(s.opts.HoldTTL / renewEvery)
	defer tick.Stop()
	note := time.NewTicker(2 * time.Second)
	defer note.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-note.C:
			s.noteShipped()
		case <-tick.C:
			if s.hold == nil || !s.owned {
				continue
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			s.me.Renewed = s.opts.Now()
			err := s.hold.renew(ctx, s.me)
			cancel()
			if errors.Is(err, ErrHoldLost) {
				// Someone took the book over: from now on this machine only reads it.
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				who, _ := s.hold.current(ctx)
				cancel()
				s.mu.Lock()
				s.HeldBy = who
				rep := s.rep
				s.rep = nil
				s.mu.Unlock()
				s.owned = false
				s.readOnly.Store(true)
				if rep != nil {
					rep.abort()
				}
				// It follows the other machine's writes instead, and writes again when it lets go.
				s.wg.Add(1)
				go s.follow()
				return
			}
		}
	}
}

// noteShipped records the replica's position as shared once Litestream has shipped this far. The
// book stays marked changed: what was written since may not have been shipped yet.
func (s *Session) noteShipped() {
	s.mu.Lock()
	rep := s.rep
	s.mu.Unlock()
	if rep == nil {
		return
	}
	txid := rep.shipped()
	s.mu.Lock()
	moved := txid > s.st.Seen.TXID
	s.mu.Unlock()
	if moved {
		s.seen(Position{TXID: txid}, s.dirty.Load())
	}
}
