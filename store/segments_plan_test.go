package store

import (
	"context"
	"strings"
	"testing"
)

// TestClassQueriesReadIndexes holds the classes of a saved list to the plans that keep them fast
// at 100,000 customers (BenchmarkSegmentClass): a tenure is a range of the first deals' index, and
// the lapse rule runs over an index that holds its columns, never over the customers' rows, both
// for a count and for the ids in order.
func TestClassQueriesReadIndexes(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	cases := []struct {
		query, plan string
		inOrder     bool // the ids in order read the same way (a range of another index is sorted)
	}{
		{"tenure:old", "INDEX customers_first_deal (first_deal_on<?)", false},
		{"tenure:new", "INDEX customers_first_deal (first_deal_on>?)", false},
		{"lapse:dormant", "SCAN c USING COVERING INDEX customers_lapse", true},
		{"lapse:lost,dormant", "SCAN c USING COVERING INDEX customers_lapse", true},
	}
	for _, c := range cases {
		f, err := s.CompileQuery(ctx, mustQuery(t, c.query))
		if err != nil {
			t.Fatal(err)
		}
		queries := []string{"SELECT count(*) FROM customers c WHERE c.deleted_at IS NULL AND " + f.where}
		if c.inOrder {
			queries = append(queries, "SELECT c.id FROM customers c WHERE c.deleted_at IS NULL AND "+f.where+" ORDER BY c.id")
		}
		for _, sql := range queries {
			if plan := queryPlan(t, s, sql, f.args...); !strings.Contains(plan, c.plan) || strings.Contains(plan, "TEMP B-TREE") {
				t.Errorf("%s: %s\nruns as\n%s\nwant %s", c.query, sql, plan, c.plan)
			}
		}
	}
}
