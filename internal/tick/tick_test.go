package tick

import (
	"sync/atomic"
	"testing"
	"time"
)

// TestEveryCallsUntilStopped: f is called again and again, and never once stop has returned.
func TestEveryCallsUntilStopped(t *testing.T) {
	var calls atomic.Int64
	called := make(chan struct{}, 1)
	stop := Every(time.Millisecond, func() {
		if calls.Add(1) == 2 {
			called <- struct{}{}
		}
	})
	<-called
	stop()
	after := calls.Load()
	time.Sleep(20 * time.Millisecond) // a ticker left running would call f in this time
	if n := calls.Load(); n != after {
		t.Errorf("f was called %d times after stop returned", n-after)
	}
}
