package replica

import (
	"context"
	"fmt"
	"time"
)

// openHold opens the replica for its hold: Litestream's lease on S3, which writes it only if no
// one else did meanwhile; a holder record in the folder elsewhere.
func openHold(ctx context.Context, t Target, ttl time.Duration) (holdKeeper, error) {
	switch t.Kind {
	case KindFolder:
		return hold{p: folderPlace{dir: t.Path}, ttl: ttl}, nil
	case KindSFTP:
		p, err := dialSFTP(ctx, t)
		if err != nil {
			return nil, err
		}
		return hold{p: p, ttl: ttl}, nil
	case KindS3:
		return newLeaseHold(ctx, t, ttl)
	case KindWebDAV:
		return hold{p: openWebDAV(t), ttl: ttl}, nil
	}
	return nil, fmt.Errorf("a hold on %s replicas is not supported", t.Kind)
}
