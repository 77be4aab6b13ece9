package replica

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"
)

// Status is what `guanxi replica status` says.
type Status struct {
	Target  string  `json:"target"`
	Kind    Kind    `json:"kind"`
	Machine string  `json:"machine"` // this machine
	Holder  *Holder `json:"holder"`  // who holds the book; nil when no one
	// HeldHere tells whether this machine holds the book (or no one does, so it may).
	HeldHere bool `json:"held_here"`
	Stale    bool `json:"stale"` // the holder's hold has expired: takeover may take it
	// Reachable is false when the replica could not be reached; Problem says why.
	Reachable bool   `json:"reachable"`
	Problem   string `json:"problem,omitempty"`
	// ReplicaTXID is the last transaction the replica holds, LocalTXID the last one taken from the
	// book here; Behind is how many of those the replica still lacks.
	ReplicaTXID uint64    `json:"replica_txid"`
	LocalTXID   uint64    `json:"local_txid"`
	Behind      uint64    `json:"behind"`
	ReplicaAt   time.Time `json:"replica_at"`
	// Changed tells that the book here was written since it last agreed with the replica.
	Changed bool `json:"changed"`
}

// ErrNoReplica is returned when no replica is set.
var ErrNoReplica = errors.New("no replica is set")

// ReadStatus reports on the replica of the book without changing anything.
func ReadStatus(ctx context.Context, opts Options) (Status, error) {
	opts.fill()
	set, ok, err := LoadSettings(opts.ConfigDir)
	if err != nil {
		return Status{}, err
	}
	if !ok {
		return Status{}, ErrNoReplica
	}
	t, err := ParseTarget(set.URL)
	if err != nil {
		return Status{}, err
	}
	st, _ := loadState(opts.ConfigDir, opts.Book, t.URL)
	out := Status{Target: t.String(), Kind: t.Kind, Machine: opts.Machine, LocalTXID: localPosition(opts.Book), Changed: st.Dirty}
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	s := &Session{opts: opts, target: t}
	pos, h, err := s.reach(ctx)
	if err != nil {
		out.Problem = err.Error()
		out.Behind = out.LocalTXID
		return out, nil
	}
	defer h.close()
	out.Reachable = true
	out.ReplicaTXID, out.ReplicaAt = pos.TXID, pos.At
	if out.LocalTXID > pos.TXID {
		out.Behind = out.LocalTXID - pos.TXID
	}
	who, err := h.current(ctx)
	if err != nil {
		out.Problem = err.Error()
	}
	out.Holder = who
	out.HeldHere = who == nil || who.Machine == opts.Machine
	out.Stale = who != nil && who.Stale(opts.Now(), opts.HoldTTL)
	return out, nil
}

// Takeover makes this machine the holder of the book even though another machine holds it, and
// returns that machine's hold. The caller confirms with the user first; the other machine, if it
// still runs, finds at its next renewal that it only reads the book now.
func Takeover(ctx context.Context, opts Options) (*Holder, error) {
	opts.fill()
	set, ok, err := LoadSettings(opts.ConfigDir)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrNoReplica
	}
	t, err := ParseTarget(set.URL)
	if err != nil {
		return nil, err
	}
	s := &Session{opts: opts, target: t}
	_, h, err := s.reach(ctx)
	if err != nil {
		return nil, err
	}
	defer h.close()
	before, err := h.current(ctx)
	if err != nil {
		return nil, err
	}
	// The hold taken here is let go at once: the next guanxi on this machine takes it for itself,
	// which no other machine can now do while the old holder's record would have stopped it.
	now := opts.Now()
	me := Holder{Machine: opts.Machine, PID: 0, Since: now, Renewed: now}
	if _, _, err := h.take(ctx, me, true); err != nil {
		return nil, err
	}
	return before, nil
}

// Set saves url as the replica of the books of this machine's user and returns it parsed.
func Set(configDir, url string) (Target, error) {
	t, err := ParseTarget(url)
	if err != nil {
		return t, err
	}
	if t.Kind == KindFolder {
		// Set where the folder is there (the stick plugged in): later, a missing folder means unplugged.
		if err := os.MkdirAll(t.Path, 0o700); err != nil {
			return t, fmt.Errorf("make the replica folder: %w", err)
		}
	}
	if err := SaveSettings(configDir, Settings{URL: t.URL}); err != nil {
		return t, err
	}
	return t, removeState(configDir)
}

// Off stops replication: the settings and this machine's state go; the replica stays as it is.
func Off(configDir string) error {
	if err := RemoveSettings(configDir); err != nil {
		return err
	}
	return removeState(configDir)
}
