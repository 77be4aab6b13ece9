package store

import (
	"strings"
	"testing"
)

// The first page of the default order must come off an index: at 100,000 customers a sort of
// every row takes a fifth of a second, the index a millisecond.
func TestFirstPageNeedsNoSort(t *testing.T) {
	s := openTemp(t)
	query, args := listSQL(ListQuery{Limit: 200}, listColumns)
	text := queryPlan(t, s, query, args...)
	if !strings.Contains(text, "customers_list_next_due") || strings.Contains(text, "TEMP B-TREE") {
		t.Errorf("the first page should read the list index and sort nothing:\n%s", text)
	}
}

// queryPlan is how SQLite would run a query, one step of EXPLAIN QUERY PLAN to a line.
func queryPlan(t *testing.T, s *Store, query string, args ...any) string {
	t.Helper()
	rows, err := s.db.Query("EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	return strings.Join(plan, "\n")
}
