package store

import "strings"

// inList is what SQL's IN takes for values: its marks ("?, ?, ?") and the arguments they stand
// for, in order. No values give no marks: SQLite reads IN () as matching nothing.
func inList[T ~string](values []T) (marks string, args []any) {
	args = make([]any, len(values))
	for i, v := range values {
		args[i] = string(v)
	}
	return strings.TrimSuffix(strings.Repeat("?, ", len(values)), ", "), args
}
