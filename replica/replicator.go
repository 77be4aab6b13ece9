package replica

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/benbjohnson/litestream"
	"github.com/benbjohnson/litestream/file"
)

// How Litestream runs inside guanxi. A book is small and written by hand: a second between a save
// and its shipping is plenty, and a quit waits a few seconds at most for an unreachable target.
const (
	syncInterval     = time.Second
	shutdownTimeout  = 3 * time.Second
	openRetry        = 10 * time.Second
	historyRetention = 35 * 24 * time.Hour // "the book as it was last Tuesday", and more
)

// replicator ships the book's commits to the target with Litestream while guanxi runs. It never
// stands between a write and the book: Litestream reads the write-ahead log on its own goroutines,
// and an unreachable target only makes the replica fall behind.
type replicator struct {
	book   string
	lsdb   *litestream.DB
	ls     *litestream.Store
	log    lastError
	unlock func()
	cancel context.CancelFunc
	done   chan struct{}

	mu     sync.Mutex
	opened bool
}

// startReplicator starts shipping the book to the target. It returns nil, nil when another
// process on this machine already replicates the book.
func startReplicator(book string, t Target) (*replicator, error) {
	unlock, ok, err := lockReplication(book)
	if err != nil || !ok {
		return nil, err
	}
	client, err := t.client()
	if err != nil {
		unlock()
		return nil, err
	}
	r := &replicator{book: book, log: newLastError(), unlock: unlock, done: make(chan struct{})}
	logger := slog.New(r.log)
	r.lsdb = litestream.NewDB(book)
	rep := litestream.NewReplicaWithClient(r.lsdb, client)
	rep.SyncInterval = syncInterval
	r.lsdb.Replica = rep
	if fc, ok := client.(*file.ReplicaClient); ok {
		fc.Replica = rep // the folder's files then take the book's owner and mode
	}
	r.ls = litestream.NewStore([]*litestream.DB{r.lsdb}, litestream.CompactionLevels{
		{Level: 0},
		{Level: 1, Interval: time.Minute},
		{Level: 2, Interval: time.Hour},
	})
	r.ls.Logger = logger
	r.ls.SnapshotRetention = historyRetention
	r.lsdb.SetLogger(logger)
	client.SetLogger(logger)
	r.lsdb.ShutdownSyncTimeout, r.lsdb.ShutdownSyncInterval = shutdownTimeout, 200*time.Millisecond
	r.ls.ShutdownSyncTimeout, r.ls.ShutdownSyncInterval = shutdownTimeout, 200*time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	go r.open(ctx)
	return r, nil
}

// open starts Litestream, and tries again while the target cannot be reached: a USB stick plugged
// in later, a NAS back on the network.
func (r *replicator) open(ctx context.Context) {
	defer close(r.done)
	for {
		err := r.ls.Open(ctx)
		if err == nil {
			r.mu.Lock()
			r.opened = true
			r.mu.Unlock()
			return
		}
		rec := slog.NewRecord(time.Now(), slog.LevelError, "start replication", 0)
		rec.AddAttrs(slog.Any("error", err))
		r.log.Handle(ctx, rec)
		select {
		case <-ctx.Done():
			return
		case <-time.After(openRetry):
		}
	}
}

// close ships what is left, waiting at most a few seconds, and stops.
func (r *replicator) close() error {
	r.cancel()
	<-r.done
	defer r.unlock()
	r.mu.Lock()
	opened := r.opened
	r.mu.Unlock()
	if !opened {
		return errors.New("the replica could not be reached")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*shutdownTimeout)
	defer cancel()
	return r.ls.Close(ctx)
}
