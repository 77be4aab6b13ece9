package store

import (
	"strings"
	"testing"
)

// TestChecklistKeysReadCoveringIndexes: the first step of the checklist reads every item due in the
// week, tens of thousands at 100,000 customers; the planned contacts must come off indexes that
// hold the level and name the order reads, without a row of the table each.
func TestChecklistKeysReadCoveringIndexes(t *testing.T) {
	s := openTemp(t)
	for _, src := range []itemSource{fromVisitPlan, fromCallPlan} {
		if text := queryPlan(t, s, keySQL[src], "0000-00-00", "2026-12-13", -1); !strings.Contains(text, "COVERING INDEX") {
			t.Errorf("source %d should read a covering index:\n%s", src, text)
		}
	}
}
