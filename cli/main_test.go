package cli

import (
	"os"
	"testing"
	"time"
)

// TestMain keeps the progress of long operations out of what the tests compare: on a slow or busy
// machine a snapshot or an import can pass the second after which progress shows, and its line on
// standard error would then differ from run to run. The tests of progress itself set their own.
func TestMain(m *testing.M) {
	progressAfter = time.Hour
	os.Exit(m.Run())
}
