package replica

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"
)

// Holder says which machine writes the book: the machine's name, the process, when it took the
// hold and when it last said it is still there.
type Holder struct {
	Machine string    `json:"machine"`
	PID     int       `json:"pid"`
	Since   time.Time `json:"since"`
	Renewed time.Time `json:"renewed"`
}

// How long a hold lasts without being renewed, and how often a running guanxi renews it. A hold
// older than that belongs to a machine that is gone, or to a guanxi killed before it let go.
const (
	DefaultHoldTTL = 90 * time.Second
	renewEvery     = 3 // times per TTL
)

// holderFile is the holder record's name in the replica's folder.
const holderFile = "guanxi-holder.json"

// Stale tells whether the hold has not been renewed within ttl of now.
func (h Holder) Stale(now time.Time, ttl time.Duration) bool { return now.Sub(h.Renewed) > ttl }

// ErrHoldLost is returned when another machine took the hold over while this one held it.
var ErrHoldLost = errors.New("another machine took the book over")

// place is the replica's folder as far as the holder record needs one: a whole small file read,
// written (atomically) and removed.
type place interface {
	read(ctx context.Context, name string) ([]byte, error) // os.ErrNotExist when there is none
	write(ctx context.Context, name string, data []byte) error
	remove(ctx context.Context, name string) error
	close() error
}

// holdKeeper keeps the hold on a replica: a holder record in its folder (recordHold), or
// Litestream's lease on S3 (leaseHold).
type holdKeeper interface {
	current(ctx context.Context) (*Holder, error)
	take(ctx context.Context, me Holder, force bool) (other *Holder, owned bool, err error)
	renew(ctx context.Context, me Holder) error
	release(ctx context.Context, me Holder) error
	close() error
}

// hold keeps the holder record in the replica's folder.
type hold struct {
	p   place
	ttl time.Duration
}

func (h hold) close() error { return h.p.close() }

// current returns the holder, or nil when no one holds the book.
func (h hold) current(ctx context.Context) (*Holder, error) {
	b, err := h.p.read(ctx, holderFile)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read who holds the book: %w", err)
	}
	var who Holder
	if err := json.Unmarshal(b, &who); err != nil {
		return nil, nil // a damaged record holds nothing
	}
	return &who, nil
}

// take makes me the holder, unless another machine holds the book (and force is not set): then it
// returns that holder. A hold of this same machine is shared, not taken:
// two guanxi on one machine write one book, which SQLite keeps sound. owned tells whether me was
// written and so is to be renewed and released.
func (h hold) take(ctx context.Context, me Holder, force bool) (other *Holder, owned bool, err error) {
	who, err := h.current(ctx)
	if err != nil {
		return nil, false, err
	}
	if other, leave := leaveHold(who, me, force); leave {
		return other, false, nil
	}
	if err := h.put(ctx, me); err != nil {
		return nil, false, err
	}
	// Two machines taking at once both write; the one read back wins, and the other learns it.
	if who, err := h.current(ctx); err != nil {
		return nil, false, err
	} else if who != nil && who.Machine != me.Machine {
		return who, false, nil
	}
	return nil, true, nil
}

// leaveHold tells whether me leaves the hold who has (nil when nobody holds the book) as it is,
// and the other machine that holds it, if that is why. A hold of this same machine by another live
// guanxi is shared. Another machine's hold stops this one even when stale, unless force: that
// machine may only be offline with changes of its own, and taking over is the user's call
// (Takeover).
func leaveHold(who *Holder, me Holder, force bool) (other *Holder, leave bool) {
	switch {
	case who == nil:
		return nil, false
	case who.Machine == me.Machine && who.PID != me.PID && processAlive(who.PID):
		return nil, true
	case who.Machine != me.Machine && !force:
		return who, true
	}
	return nil, false
}

// renew says me is still there; ErrHoldLost when another machine has taken the hold over.
func (h hold) renew(ctx context.Context, me Holder) error {
	who, err := h.current(ctx)
	if err != nil {
		return err
	}
	if who != nil && who.Machine != me.Machine {
		return ErrHoldLost
	}
	return h.put(ctx, me)
}

// release lets the hold go, if it is still me's.
func (h hold) release(ctx context.Context, me Holder) error {
	who, err := h.current(ctx)
	if err != nil || who == nil || who.Machine != me.Machine || who.PID != me.PID {
		return err
	}
	return h.p.remove(ctx, holderFile)
}

func (h hold) put(ctx context.Context, me Holder) error {
	b, err := json.Marshal(me)
	if err != nil {
		return err
	}
	if err := h.p.write(ctx, holderFile, b); err != nil {
		return fmt.Errorf("write who holds the book: %w", err)
	}
	return nil
}
