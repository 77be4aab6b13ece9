package replica

import (
	"context"
	"os"
	"time"

	"guanxi/store"
)

// While another machine holds the book, this one reads it: it follows the replica as the other
// machine writes, and once that machine lets the book go it takes the hold and writes the book
// itself, without the user starting guanxi again.

// follow brings a read-only book up to the replica as the other machine writes it, until this
// machine takes the book over or the session closes.
func (s *Session) follow() {
	defer s.wg.Done()
	tick := time.NewTicker(s.opts.FollowEvery)
	defer tick.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-tick.C:
			ctx, cancel := context.WithTimeout(context.Background(), followTimeout)
			s.FollowOnce(ctx)
			took, _ := s.TakeWhenFree(ctx)
			cancel()
			if took {
				return
			}
		}
	}
}

// followTimeout bounds one look at the replica, so an unreachable target never stops the follower.
const followTimeout = time.Minute

// FollowOnce brings the open, read-only book up to the replica if the replica moved. It does
// nothing for a book this machine writes, or one changed here since it last agreed.
func (s *Session) FollowOnce(ctx context.Context) error {
	s.mu.Lock()
	st := s.store
	s.mu.Unlock()
	if st == nil || !s.readOnly.Load() || s.dirty.Load() {
		return nil
	}
	return s.catchUp(ctx, st)
}

// catchUp puts the replica's book, when it moved since this machine last saw it, into the open
// book st in one step that every reader sees whole.
func (s *Session) catchUp(ctx context.Context, st *store.Store) error {
	s.mu.Lock()
	seen := s.st.Seen.TXID
	s.mu.Unlock()
	client, err := s.target.client()
	if err != nil {
		return err
	}
	client.SetLogger(quietLogger())
	pos, err := replicaPosition(ctx, client)
	if err != nil || pos.TXID == seen || pos.TXID == 0 {
		return err
	}
	tmp := scratchPath(s.opts.Book, "follow")
	defer os.Remove(tmp)
	if err := Restore(ctx, s.target, tmp, time.Time{}); err != nil {
		return err
	}
	if err := st.ReplaceContents(ctx, tmp); err != nil {
		return err
	}
	s.seen(pos, false)
	return nil
}

// TakeWhenFree makes the open, read-only book writable here once the machine that held it let it
// go: it takes the hold, brings the book up to all the replica holds, starts shipping and renewing
// as a writer does, and tells whether it did. A book changed here while another machine held it
// (two histories) stays read-only until guanxi opens it again and merges them.
func (s *Session) TakeWhenFree(ctx context.Context) (bool, error) {
	s.mu.Lock()
	st := s.store
	s.mu.Unlock()
	if st == nil || !s.readOnly.Load() || s.dirty.Load() || s.hold == nil {
		return false, nil
	}
	me := s.me
	me.Since = s.opts.Now()
	me.Renewed = me.Since
	other, owned, err := s.hold.take(ctx, me, false)
	if err != nil {
		return false, err
	}
	if other != nil {
		// Still held, perhaps by another machine that took it over meanwhile.
		s.mu.Lock()
		s.HeldBy = other
		s.mu.Unlock()
		return false, nil
	}
	// This machine holds the book now, so the replica moves no more but by it: what the other
	// machine shipped before it let go is all there is to catch up with.
	if err := s.catchUp(ctx, st); err != nil {
		if owned {
			s.hold.release(ctx, me)
		}
		return false, err
	}
	var rep *replicator
	if owned {
		// Litestream's record here belongs to the history as this machine last shipped it.
		os.RemoveAll(metaDir(s.opts.Book))
		if rep, err = startReplicator(s.opts.Book, s.target, &s.sent); err != nil {
			s.hold.release(ctx, me)
			return false, err
		}
	}
	s.me, s.owned = me, owned
	s.mu.Lock()
	s.HeldBy = nil
	s.rep = rep
	s.mu.Unlock()
	s.readOnly.Store(false)
	s.writer = true
	s.wg.Add(1)
	go s.keep()
	return true, nil
}
