package replica

import (
	"context"
	"fmt"
)

// openPlace opens the replica's folder for the holder record.
func openPlace(ctx context.Context, t Target) (place, error) {
	switch t.Kind {
	case KindFolder:
		return folderPlace{dir: t.Path}, nil
	case KindSFTP:
		return dialSFTP(ctx, t)
	}
	return nil, fmt.Errorf("a holder record on %s replicas is not supported yet", t.Kind)
}
