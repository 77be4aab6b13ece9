package replica

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/benbjohnson/litestream"
	"github.com/superfly/ltx"
)

// Position is how far a history of the book goes: Litestream numbers every transaction it ships.
type Position struct {
	TXID uint64    `json:"txid"`
	At   time.Time `json:"at"` // when that transaction reached the replica
}

// levels are the levels Litestream keeps files in: the shipped transactions, two compactions,
// and the daily snapshots. After compaction a transaction may live only in a higher level.
var levels = []int{0, 1, 2, litestream.SnapshotLevel}

// replicaPosition returns the last transaction the replica holds; zero when it is empty.
func replicaPosition(ctx context.Context, client litestream.ReplicaClient) (Position, error) {
	var p Position
	for _, level := range levels {
		itr, err := client.LTXFiles(ctx, level, 0, false)
		if err != nil {
			return p, fmt.Errorf("read the replica: %w", err)
		}
		for itr.Next() {
			if it := itr.Item(); uint64(it.MaxTXID) > p.TXID {
				p = Position{TXID: uint64(it.MaxTXID), At: it.CreatedAt}
			}
		}
		if err := itr.Close(); err != nil {
			return p, fmt.Errorf("read the replica: %w", err)
		}
	}
	return p, nil
}

// localPosition returns the last transaction Litestream has taken from this book's write-ahead
// log on this machine, shipped or not; zero when it has taken none.
func localPosition(book string) uint64 {
	var max uint64
	for _, level := range levels {
		entries, err := os.ReadDir(litestream.LTXLevelDir(metaDir(book), level))
		if err != nil {
			continue
		}
		for _, e := range entries {
			if _, hi, err := ltx.ParseFilename(e.Name()); err == nil && uint64(hi) > max {
				max = uint64(hi)
			}
		}
	}
	return max
}
