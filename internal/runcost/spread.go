package runcost

import (
	"cmp"
	"slices"
)

// Spread returns the median of the figures of several runs, and the least and the most of them:
// what the measuring scripts print of a program measured again and again on a shared machine.
// The median of an even count is the upper of the two middle figures. It sorts values in place;
// none gives zeros.
func Spread[T cmp.Ordered](values []T) (median, least, most T) {
	if len(values) == 0 {
		return median, least, most
	}
	slices.Sort(values)
	return values[len(values)/2], values[0], values[len(values)-1]
}
