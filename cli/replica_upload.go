package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"guanxi/internal/tick"
	"guanxi/model"
)

// firstUploadFrom is the size of a book from which its first upload is waited for with its
// progress; a smaller one is shipped in the second or so the session's close waits anyway.
// Tests lower it, to see the progress of books they keep small.
var firstUploadFrom int64 = 8 << 20

// firstUpload waits for the first upload of a book to a replica that was empty, which for a large
// book over a network takes a while, and shows its progress (bytes shipped of the book's size).
// ctrl+c stops it: the book is whole here and the next run ships it. It tells whether the upload
// was stopped, so the session is let go without the usual wait for the replica to catch up.
func (c *cli) firstUpload() (stopped bool) {
	// The session is held here, not read from c from the ticker's goroutine: the caller lets
	// c.replica go as soon as this returns.
	r := c.replica
	first, size := r.FirstUpload()
	if !first || !c.writing || size < firstUploadFrom {
		return false
	}
	err := c.longRun(false, texts.Replica.FirstUpload, texts.Replica.UploadStopped, func(ctx context.Context, t *tracker) error {
		// The ticker has stopped before the upload's result is handed back.
		defer tick.Every(100*time.Millisecond, func() { t.count(r.Uploaded(), size) })()
		return r.Sync(ctx)
	})
	if errors.Is(err, errCancelled) {
		fmt.Fprintln(c.stderr, "guanxi: "+model.SanitizeLine(err.Error()))
		return true
	}
	// Any other failure is said by the session's close, which tries once more.
	return false
}
