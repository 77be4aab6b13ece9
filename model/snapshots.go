package model

import "sort"

// SnapshotKind says why an automatic snapshot of the book is kept.
type SnapshotKind string

// The kinds of snapshot kept.
const (
	SnapshotDaily  SnapshotKind = "daily"
	SnapshotWeekly SnapshotKind = "weekly"
)

// How many automatic snapshots are kept: one a day for the last days the book was opened, and
// beyond those one a week.
const (
	KeepDailySnapshots  = 7
	KeepWeeklySnapshots = 4
)

// SnapshotsToKeep decides which of the daily snapshots (one per date) stay: the 7 newest as daily
// snapshots, and then, going back in time, the newest one of each calendar week (Monday to Sunday)
// not already covered, for 4 weeks. Every date missing from the answer may be deleted.
func SnapshotsToKeep(dates []Date) map[Date]SnapshotKind {
	sorted := append([]Date(nil), dates...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[j].Before(sorted[i]) })
	keep := map[Date]SnapshotKind{}
	weeks := map[[2]int]bool{}
	weekly := 0
	for _, d := range sorted {
		if _, dup := keep[d]; dup {
			continue
		}
		y, w := d.utc().ISOWeek()
		week := [2]int{y, w}
		switch {
		case len(keep) < KeepDailySnapshots:
			keep[d] = SnapshotDaily
			weeks[week] = true
		case !weeks[week] && weekly < KeepWeeklySnapshots:
			keep[d] = SnapshotWeekly
			weeks[week] = true
			weekly++
		}
	}
	return keep
}
