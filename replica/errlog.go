package replica

import (
	"context"
	"log/slog"
	"sync"
	"time"
)

// lastError is a log handler that keeps only Litestream's last warning or error, for the status
// to say why the replica is behind: nothing of it reaches the terminal, where it would break the
// TUI's screen.
type lastError struct {
	mu   *sync.Mutex
	msg  *string
	when *time.Time
}

func newLastError() lastError {
	return lastError{mu: &sync.Mutex{}, msg: new(string), when: new(time.Time)}
}

func (h lastError) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelWarn }

func (h lastError) Handle(_ context.Context, r slog.Record) error {
	text := r.Message
	r.Attrs(func(a slog.Attr) bool {
		if a.Key == "error" || a.Key == "err" {
			text += ": " + a.Value.String()
		}
		return true
	})
	h.mu.Lock()
	*h.msg, *h.when = text, r.Time
	h.mu.Unlock()
	return nil
}

func (h lastError) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h lastError) WithGroup(string) slog.Handler      { return h }

// get returns the last problem and when it was logged.
func (h lastError) get() (string, time.Time) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return *h.msg, *h.when
}

// quietLogger drops what Litestream logs in a one-off task (a restore, a status): its failures
// come back as errors.
func quietLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
