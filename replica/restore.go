package replica

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/benbjohnson/litestream"

	"guanxi/store"
)

// ErrEmptyReplica is returned when a restore finds nothing in the replica.
var ErrEmptyReplica = errors.New("the replica holds no book yet")

// Restore writes the book as the replica holds it into the new file to, as of at (the latest when
// at is zero), and checks it is a sound book. to must not exist yet.
func Restore(ctx context.Context, t Target, to string, at time.Time) error {
	if _, err := os.Lstat(to); err == nil {
		return fmt.Errorf("%s already exists: restore into a new file", to)
	}
	client, err := t.client()
	if err != nil {
		return err
	}
	client.SetLogger(quietLogger())
	if err := client.Init(ctx); err != nil {
		return fmt.Errorf("reach the replica %s: %w", t, err)
	}
	pos, err := replicaPosition(ctx, client)
	if err != nil {
		return err
	}
	if pos.TXID == 0 {
		return fmt.Errorf("%s: %w", t, ErrEmptyReplica)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o700); err != nil {
		return err
	}
	rep := litestream.NewReplicaWithClient(nil, client)
	opt := litestream.NewRestoreOptions()
	opt.OutputPath = to
	opt.Timestamp = at
	if err := rep.Restore(ctx, opt); err != nil {
		os.Remove(to)
		return fmt.Errorf("restore from %s: %w", t, err)
	}
	if err := os.Chmod(to, 0o600); err != nil {
		return err
	}
	if _, err := store.CheckBookFile(ctx, to); err != nil {
		return fmt.Errorf("the book restored from %s: %w", t, err)
	}
	return nil
}
