package store

import (
	"context"
	"database/sql"
	"fmt"

	"guanxi/model"
)

// firstVisitSpreadSQL reads, of the customers whose ids are in a JSON array, those never visited
// who have a visit planned: how many, their first and last planned day, and on how many days.
const firstVisitSpreadSQL = `SELECT count(*), min(next_visit_on), max(next_visit_on), count(DISTINCT next_visit_on)
	FROM customers WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
	AND last_visit_on IS NULL AND next_visit_on IS NOT NULL`

// FirstVisitSpreadOf says how the first visits of the customers ids (just added, by an import) fall
// over the days (model.FirstContactDay spreads them).
func (s *Store) FirstVisitSpreadOf(ctx context.Context, ids []int64) (model.FirstVisitSpread, error) {
	var out model.FirstVisitSpread
	if len(ids) == 0 {
		return out, nil
	}
	var from, to sql.NullString
	err := s.db.QueryRowContext(ctx, firstVisitSpreadSQL, idList(ids)).Scan(&out.Customers, &from, &to, &out.Days)
	if err != nil {
		return model.FirstVisitSpread{}, fmt.Errorf("read the first visits of %d customers: %w", len(ids), err)
	}
	out.From, out.To = parseStoredDate(from), parseStoredDate(to)
	return out, nil
}
