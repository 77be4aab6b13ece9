package store

import (
	"slices"
	"strings"
)

// splitTypeCodes reads the personality type codes a query joined with commas, each once: a type
// carried by the customer and by a contact of theirs (or by two contacts) is one type of theirs,
// not two ("犹豫型、犹豫型"). Removing the repeats here keeps the queries free of a DISTINCT,
// which would sort.
func splitTypeCodes(joined string) []string {
	codes := strings.Split(joined, ",")
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}
