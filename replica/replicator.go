package replica

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
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
	stop   chan struct{} // closed by close: no more attempts to start
	done   chan struct{}

	mu     sync.Mutex
	opened bool
}

// startReplicator starts shipping the book to the target. It returns nil, nil when another
// process on this machine already replicates the book.
// Every byte it uploads is added to sent.
func startReplicator(book string, t Target, sent *atomic.Int64) (*replicator, error) {
	unlock, ok, err := lockReplication(book)
	if err != nil || !ok {
		return nil, err
	}
	client, err := t.client()
	if err != nil {
		unlock()
		return nil, err
	}
	r := &replicator{book: book, log: newLastError(), unlock: unlock, stop: make(chan struct{}), done: make(chan struct{})}
	logger := slog.New(r.log)
	r.lsdb = litestream.NewDB(book)
	rep := litestream.NewReplicaWithClient(r.lsdb, client)
	rep.SyncInterval = syncInterval
	r.lsdb.Replica = rep
	if fc, ok := client.(*file.ReplicaClient); ok {
		fc.Replica = rep // the folder's files then take the book's owner and mode
	}
	rep.Client = countingClient{client, sent}
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
	go r.open(r.stop)
	return r, nil
}

// open starts Litestream, and tries again while the target cannot be reached: a USB stick plugged
// in later, a NAS back on the network. A close lets the attempt under way finish (a CLI command
// closes at once, and its write must still be shipped) but stops further ones.
func (r *replicator) open(stop <-chan struct{}) {
	defer close(r.done)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		err := r.ls.Open(ctx)
		if err == nil {
			// Litestream looks at the book only at its first tick; a CLI write may be over by
			// then, so it looks now.
			r.lsdb.Sync(ctx)
			cancel()
			r.mu.Lock()
			r.opened = true
			r.mu.Unlock()
			return
		}
		cancel()
		rec := slog.NewRecord(time.Now(), slog.LevelError, "start replication", 0)
		rec.AddAttrs(slog.Any("error", err))
		r.log.Handle(context.Background(), rec)
		select {
		case <-stop:
			return
		case <-time.After(openRetry):
		}
	}
}

// close ships what is left, waiting a few seconds at most, and stops.
func (r *replicator) close() error {
	close(r.stop)
	<-r.done
	defer r.unlock()
	r.mu.Lock()
	opened := r.opened
	r.mu.Unlock()
	if !opened {
		msg, _ := r.log.get()
		return fmt.Errorf("the replica could not be reached: %s", msg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*shutdownTimeout)
	defer cancel()
	// Litestream's own final sync is skipped when it had not yet looked at the book.
	syncCtx, cancelSync := context.WithTimeout(ctx, shutdownTimeout)
	err := r.lsdb.SyncAndWait(syncCtx)
	cancelSync()
	if cerr := r.ls.Close(ctx); err == nil {
		err = cerr
	}
	return err
}

// shipped is the last transaction that reached the replica in this run; zero before the first.
func (r *replicator) shipped() uint64 {
	r.mu.Lock()
	opened := r.opened
	r.mu.Unlock()
	if !opened {
		return 0
	}
	return uint64(r.lsdb.Replica.Pos().TXID)
}

// sync ships everything committed so far and waits for the replica to hold it.
func (r *replicator) sync(ctx context.Context) error {
	for {
		r.mu.Lock()
		opened := r.opened
		r.mu.Unlock()
		if opened {
			return r.lsdb.SyncAndWait(ctx)
		}
		// Litestream could not start (the target went away since it was reached): it tries
		// again every openRetry, but a caller waiting to ship now is told at once.
		if msg, _ := r.log.get(); msg != "" {
			return fmt.Errorf("the replica could not be reached: %s", msg)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// abort stops shipping at once, without the final sync: the book was taken over by another
// machine, whose history the replica now follows, and nothing of this one's may be added to it.
func (r *replicator) abort() {
	close(r.stop)
	<-r.done
	defer r.unlock()
	r.mu.Lock()
	opened := r.opened
	r.opened = false
	r.mu.Unlock()
	if opened {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		r.ls.Close(ctx)
	}
}
