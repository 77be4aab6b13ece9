package replica

import (
	"encoding/json"
	"os"
	"path/filepath"
	"time"
)

// state is what this machine knows of the book's history against the replica: the last position
// the two shared (this machine shipped it, or restored from it), and whether the book may have
// changed here since. It decides, when guanxi opens, between carrying on, bringing the book up to
// the replica, and merging two histories.
type state struct {
	URL  string   `json:"url"`
	Book string   `json:"book"`
	Seen Position `json:"seen"`
	// Dirty is set before the first write after Seen, and cleared only when everything written
	// here has reached the replica: a write it misses would be lost to the next bring-up.
	Dirty bool `json:"dirty"`
}

// stateFile is the name of the state in the config folder.
const stateFile = "replica-state.json"

// loadState reads this machine's state for the book and target; a state of another book or target
// is none.
func loadState(dir, book, url string) (state, bool) {
	var st state
	b, err := os.ReadFile(filepath.Join(dir, stateFile))
	if err != nil || json.Unmarshal(b, &st) != nil || st.Book != book || st.URL != url {
		return state{URL: url, Book: book}, false
	}
	return st, true
}

// saveState writes the state atomically.
func saveState(dir string, st state) error {
	return writeJSON(filepath.Join(dir, stateFile), st)
}

// removeState forgets the state, as when the replica is turned off.
func removeState(dir string) error {
	return removeFile(filepath.Join(dir, stateFile))
}

// forkTime is the earliest time a record changed on one side only can carry: the last shared
// position, less a margin for clocks and for the seconds updated_at is kept in.
func (st state) forkTime() time.Time {
	if st.Seen.At.IsZero() {
		return time.Time{}
	}
	return st.Seen.At.Add(-time.Minute)
}
