package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

	"guanxi/model"
)

// The first upload of a book to a replica that was empty, in its line of progress, and what a
// stopped one leaves.
var (
	replicaUploading = model.Text{Zh: "首次把客户簿复制到副本", En: "uploading the book to its replica for the first time"}
	replicaStopped   = model.Text{Zh: "已停止上传：客户簿完好地留在本机，下次运行时继续复制",
		En: "upload stopped: the book is whole here and is shipped next time guanxi runs"}
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
	first, size := c.replica.FirstUpload()
	if !first || !c.writing || size < firstUploadFrom {
		return false
	}
	err := c.longRun(false, replicaUploading, replicaStopped, func(ctx context.Context, t *tracker) error {
		done := make(chan struct{})
		defer close(done)
		go func() {
			tick := time.NewTicker(100 * time.Millisecond)
			defer tick.Stop()
			for {
				select {
				case <-done:
					return
				case <-tick.C:
					t.count(c.replica.Uploaded(), size)
				}
			}
		}()
		return c.replica.Sync(ctx)
	})
	if errors.Is(err, errCancelled) {
		fmt.Fprintln(c.stderr, "guanxi: "+model.SanitizeLine(err.Error()))
		return true
	}
	// Any other failure is said by the session's close, which tries once more.
	return false
}
