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
	text := strings.Join(plan, "\n")
	if !strings.Contains(text, "customers_list_next_due") || strings.Contains(text, "TEMP B-TREE") {
		t.Errorf("the first page should read the list index and sort nothing:\n%s", text)
	}
}
