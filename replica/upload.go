package replica

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/benbjohnson/litestream"
	"github.com/superfly/ltx"
)

// countingClient is the target's client as Litestream uses it, counting the bytes of every file
// it uploads, so a front end can show how far the first upload of a large book is.
type countingClient struct {
	litestream.ReplicaClient
	sent *atomic.Int64
}

func (c countingClient) WriteLTXFile(ctx context.Context, level int, minTXID, maxTXID ltx.TXID, r io.Reader) (*ltx.FileInfo, error) {
	return c.ReplicaClient.WriteLTXFile(ctx, level, minTXID, maxTXID, countingReader{r, c.sent})
}

// countingReader adds what it reads to sent.
type countingReader struct {
	r    io.Reader
	sent *atomic.Int64
}

func (r countingReader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	r.sent.Add(int64(n))
	return n, err
}

// FirstUpload tells whether this run starts the replica's history with a book that is already
// here: the whole book is uploaded, which for a large book over a network takes a while, and the
// size it is (the bytes Uploaded counts towards, about: the files are compressed on the way).
func (s *Session) FirstUpload() (bool, int64) {
	if s == nil || !s.starts {
		return false, 0
	}
	info, err := os.Stat(s.opts.Book)
	if err != nil {
		return false, 0
	}
	return true, info.Size()
}

// Uploaded is how many bytes this run has shipped to the replica so far.
func (s *Session) Uploaded() int64 {
	if s == nil {
		return 0
	}
	return s.sent.Load()
}

// Quit lets the hold go without waiting for the replica to catch up, as a user who stops the
// upload asks: what was not shipped is shipped by the next run, from the book, which is whole.
// A first upload stopped halfway is taken back, so the replica is empty again, as it was, and the
// next run starts its history afresh rather than finding a part of one. Call it after the book is
// closed, instead of Close.
func (s *Session) Quit() error {
	if s == nil {
		return nil
	}
	close(s.stop)
	s.wg.Wait()
	s.mu.Lock()
	rep := s.rep
	s.mu.Unlock()
	if rep != nil {
		rep.abort()
	}
	defer s.release()
	if !s.starts {
		return nil
	}
	client, err := s.target.client()
	if err != nil {
		return err
	}
	client.SetLogger(quietLogger())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := client.Init(ctx); err != nil {
		return err
	}
	// File by file: a folder's DeleteAll would remove the folder, which then reads as a drive
	// unplugged.
	for level := 0; level <= litestream.SnapshotLevel; level++ {
		files, err := litestream.FindLTXFiles(ctx, client, level, false, func(*ltx.FileInfo) (bool, error) { return true, nil })
		if err == nil && len(files) > 0 {
			err = client.DeleteLTXFiles(ctx, files)
		}
		if err != nil {
			return fmt.Errorf("take back the upload stopped halfway: %w", err)
		}
	}
	// Litestream's notes of what it shipped go with it.
	return os.RemoveAll(metaDir(s.opts.Book))
}
