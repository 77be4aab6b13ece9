package store

import (
	"strings"
	"testing"

	"guanxi/model"
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

// The customers tied with the first page's last row on its next due day are read to break the
// tie by pinyin, and that read must search the list's index too, not read every customer: the first
// page waited on it for a fifth of a second at 100,000 customers.
func TestFirstPageTiesComeOffTheIndex(t *testing.T) {
	s := openTemp(t)
	for _, c := range []model.Customer{{NextDueOn: model.MustDate("2026-02-28")}, {}} {
		where, args := listWhere(ListQuery{})
		tie, targs := tiedWith(SortNextDue, c)
		text := queryPlan(t, s, "SELECT "+listColumns+" FROM customers c WHERE "+where+" AND "+tie, append(args, targs...)...)
		if !strings.Contains(text, "SEARCH c USING INDEX customers_list_next_due") {
			t.Errorf("the customers tied on %v should be searched in the list index:\n%s", c.NextDueOn, text)
		}
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
