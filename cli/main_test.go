package cli

import (
	"os"
	"testing"
	"time"
)

// TestMain keeps the line of progress out of the tests' standard error, where a test expects
// none: on a slow machine (the race detector) an operation of the tests may run past the second
// after which progress shows. The tests of the progress show it on purpose (showProgressAtOnce).
func TestMain(m *testing.M) {
	progressAfter = time.Hour
	os.Exit(m.Run())
}
