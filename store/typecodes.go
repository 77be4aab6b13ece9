package store

import "strings"

// splitTypeCodes reads the personality type codes a query joined with commas, each once: a type
// carried by the customer and by a contact of theirs (or by two contacts) is one type of theirs,
// not two ("犹豫型、犹豫型"). Removing the repeats here keeps the queries free of a DISTINCT,
// which would sort.
func splitTypeCodes(joined string) []string {
	codes := strings.Split(joined, ",")
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		if !contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// contains tells whether codes holds c; a person carries a few types, so a scan is cheapest.
func contains(codes []string, c string) bool {
	for _, x := range codes {
		if x == c {
			return true
		}
	}
	return false
}
