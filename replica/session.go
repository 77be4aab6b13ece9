package replica

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"guanxi/model"
	"guanxi/store"
)

// Options say which book a session replicates, where the settings are, and who this machine is.
type Options struct {
	Book      string
	ConfigDir string
	Machine   string        // MachineName() when empty
	HoldTTL   time.Duration // DefaultHoldTTL when zero
	// FollowEvery is how often a read-only book looks for the writer's changes; 5 s when zero.
	FollowEvery time.Duration
	Lang        model.Lang // the language of the merge's notes
	// Now is the clock of holds and positions: the caller's one clock, running (the command line
	// passes the clock it opens the book on, store.WithClock), so a test that fixes the day fixes
	// the holds' times with it; nil is time.Now, as for the store. The books the session opens
	// itself (to keep one aside, to merge) are opened on it.
	Now func() time.Time
}

func (o *Options) fill() {
	if o.Machine == "" {
		o.Machine = MachineName()
	}
	if o.HoldTTL == 0 {
		o.HoldTTL = DefaultHoldTTL
	}
	if o.FollowEvery == 0 {
		o.FollowEvery = 5 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// Session is one guanxi run on a replicated book: it took the hold (or found another machine's),
// brought the book up to the replica, and ships every write while it lasts.
type Session struct {
	opts   Options
	target Target
	hold   holdKeeper
	me     Holder
	owned  bool
	rep    *replicator
	writer bool // this run writes the book and ships it

	// What Open found and did, for the front end to say.
	HeldBy    *Holder // another machine holds the book: it is read-only here
	Offline   error   // the replica could not be reached: the book is written here and catches up later
	Restored  bool    // the book was restored from the replica (it was missing here)
	BroughtUp bool    // the book was behind the replica and was brought up to it
	Diverged  *Divergence

	readOnly atomic.Bool
	dirty    atomic.Bool
	starts   bool         // the replica was empty and this run's book starts its history
	sent     atomic.Int64 // bytes shipped by this run (Uploaded)
	mu       sync.Mutex   // guards st and store
	st       state
	store    *store.Store
	stop     chan struct{}
	wg       sync.WaitGroup
}

// Divergence is what happened when the book here and the replica had both been written since they
// last agreed: the book here was kept aside, the replica's restored, and the rows changed here
// merged into it.
type Divergence struct {
	Aside   string
	Summary store.MergeSummary
}

// Open starts replication for the book, when a replica is set (nil, nil otherwise). It must run
// before the book is opened: it may restore the book, bring it up to the replica, or merge two
// histories. Close it after the book is closed.
func Open(ctx context.Context, opts Options) (*Session, error) {
	opts.fill()
	set, ok, err := LoadSettings(opts.ConfigDir)
	if err != nil || !ok {
		return nil, err
	}
	t, err := ParseTarget(set.URL)
	if err != nil {
		return nil, err
	}
	now := opts.Now()
	s := &Session{opts: opts, target: t, stop: make(chan struct{}),
		me: Holder{Machine: opts.Machine, PID: os.Getpid(), Since: now, Renewed: now}}
	s.st, _ = loadState(opts.ConfigDir, opts.Book, t.URL)
	known := !s.st.Seen.At.IsZero()
	s.dirty.Store(s.st.Dirty)

	reach, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	pos, h, err := s.reach(reach)
	if err != nil {
		// Unreachable: the book is written here as ever, and the replica catches up when it can.
		s.Offline = err
		if t.Kind == KindFolder {
			return s, nil // Litestream would make the missing folder afresh; the next run ships it all
		}
		return s, s.startWriting()
	}
	s.hold = h
	// While this machine's record stands, no other machine wrote: another must take the hold over
	// first, which replaces the record. So a replica that moved since this machine last noted it,
	// under this machine's record, moved by this machine's own shipping (a guanxi killed before it
	// noted it).
	prev, err := h.current(reach)
	if err != nil {
		s.Offline = err
		return s, s.startWriting()
	}
	ownHistory := prev != nil && prev.Machine == opts.Machine
	other, owned, err := h.take(reach, s.me, false)
	if err != nil {
		s.Offline = err
		return s, s.startWriting()
	}
	s.owned = owned
	if other != nil {
		s.HeldBy = other
		s.readOnly.Store(true)
	}

	_, statErr := os.Stat(opts.Book)
	switch {
	case errors.Is(statErr, os.ErrNotExist) && pos.TXID > 0:
		if err := Restore(ctx, t, opts.Book, time.Time{}); err != nil {
			s.release()
			return nil, err
		}
		os.RemoveAll(metaDir(opts.Book))
		s.Restored = true
		s.seen(pos, false)
	case statErr != nil || pos.TXID == 0:
		// No book yet and an empty replica, or a first replication: the book starts the history.
		s.starts = statErr == nil
	case known && pos.TXID == s.st.Seen.TXID, ownHistory && localPosition(opts.Book) >= pos.TXID:
		// The replica has not moved since this machine last saw it, or only by this machine's
		// own shipping: carry on.
	case known && !s.st.Dirty:
		err := s.bringUp(ctx, pos)
		switch {
		case err == nil:
			s.BroughtUp = true
		case s.readOnly.Load() && errors.Is(err, store.ErrBookInUse):
			// Another guanxi here has the book open and follows the replica for both.
		default:
			s.release()
			return nil, err
		}
	case s.readOnly.Load():
		// Both moved, but the book here may not be written: it stays as it is, and is not
		// followed, until this machine holds the book and merges.
	default:
		if err := s.diverge(ctx, pos); err != nil {
			s.release()
			return nil, err
		}
	}
	if s.readOnly.Load() {
		s.wg.Add(1)
		go s.follow()
		return s, nil
	}
	return s, s.startWriting()
}

// reach finds the replica's position and opens its folder for the holder record.
func (s *Session) reach(ctx context.Context) (Position, holdKeeper, error) {
	if s.target.Kind == KindFolder {
		// A folder that is not there is an unplugged stick or an unmounted share, not an empty
		// replica: a new history must not start in the empty mount point.
		if fi, err := os.Stat(s.target.Path); err != nil || !fi.IsDir() {
			return Position{}, nil, fmt.Errorf("the replica folder %s is not there (is the drive plugged in?)", s.target.Path)
		}
	}
	client, err := s.target.client()
	if err != nil {
		return Position{}, nil, err
	}
	client.SetLogger(quietLogger())
	if err := client.Init(ctx); err != nil {
		return Position{}, nil, fmt.Errorf("reach the replica %s: %w", s.target, err)
	}
	pos, err := replicaPosition(ctx, client)
	if err != nil {
		return pos, nil, err
	}
	h, err := openHold(ctx, s.target, s.opts.HoldTTL)
	return pos, h, err
}

// startWriting starts the hold's renewal; Litestream starts when the book is attached, for it
// must find the book there.
func (s *Session) startWriting() error {
	s.writer = true
	s.wg.Add(1)
	go s.keep()
	return nil
}

// Attach puts the session between the open book and its writes: a book another machine holds
// refuses them, and the first write marks the book changed here before it happens.
func (s *Session) Attach(st *store.Store) error {
	s.mu.Lock()
	s.store = st
	s.mu.Unlock()
	st.SetWriteGate(s.gate)
	if s.writer && s.rep == nil {
		r, err := startReplicator(s.opts.Book, s.target, &s.sent)
		if err != nil {
			return err
		}
		s.mu.Lock()
		s.rep = r
		s.mu.Unlock()
	}
	return nil
}

func (s *Session) gate(context.Context) error {
	if s.readOnly.Load() {
		s.mu.Lock()
		held := s.HeldBy
		s.mu.Unlock()
		if held == nil {
			held = &Holder{Machine: "?"}
		}
		return &HeldError{Holder: *held}
	}
	if s.dirty.Swap(true) {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.Dirty = true
	if err := saveState(s.opts.ConfigDir, s.st); err != nil {
		s.dirty.Store(false)
		return fmt.Errorf("note the change for the replica: %w", err)
	}
	return nil
}

// ReadOnly tells whether the book is read-only here, and who holds it.
func (s *Session) ReadOnly() (Holder, bool) {
	if s == nil || !s.readOnly.Load() {
		return Holder{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.HeldBy == nil {
		return Holder{}, true
	}
	return *s.HeldBy, true
}

// Sync ships everything committed to the book so far and waits until the replica holds it.
func (s *Session) Sync(ctx context.Context) error {
	s.mu.Lock()
	rep := s.rep
	s.mu.Unlock()
	if rep == nil {
		return fmt.Errorf("this guanxi does not replicate the book")
	}
	return rep.sync(ctx)
}

// Target is where the replica lives.
func (s *Session) Target() Target { return s.target }

// Close ships what is left (waiting a few seconds at most), records where the two now agree and
// lets the hold go. Call it after the book is closed.
func (s *Session) Close() error {
	if s == nil {
		return nil
	}
	close(s.stop)
	s.wg.Wait()
	var err error
	s.mu.Lock()
	rep := s.rep
	s.mu.Unlock()
	if rep != nil {
		err = rep.close()
		if err == nil {
			s.noteFlushed()
		}
	}
	s.release()
	return err
}

// noteFlushed marks the book clean when the replica holds all of it.
func (s *Session) noteFlushed() {
	client, err := s.target.client()
	if err != nil {
		return
	}
	client.SetLogger(quietLogger())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if client.Init(ctx) != nil {
		return
	}
	pos, err := replicaPosition(ctx, client)
	if err == nil && pos.TXID > 0 && localPosition(s.opts.Book) == pos.TXID {
		s.seen(pos, false)
	}
}

func (s *Session) release() {
	if s.hold == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if s.owned {
		s.hold.release(ctx, s.me)
	}
	s.hold.close()
	s.hold = nil
}
