// Package tick runs a function at an interval in the background until it is stopped: the
// progress of a long copy or upload, read while the work itself runs.
package tick

import "time"

// Every calls f every interval, in a goroutine of its own, until stop is called; once stop has
// returned, f is not running and is not called again.
func Every(interval time.Duration, f func()) (stop func()) {
	done, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				f()
			}
		}
	}()
	return func() { close(done); <-stopped }
}
