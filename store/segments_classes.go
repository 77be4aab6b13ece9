package store

import (
	"strconv"

	"guanxi/model"
)

// The classes of a saved list's query (abc:, tenure:, activity:, lapse:) depend on the day, so
// they are not stored on the customer's row; each is decided by model's one rule, and the SQL here
// holds no threshold and no rule of its own. It computes only a rule's inputs, and either compares
// them with the bounds the model's rule computed for the day (model/classify_spans.go: an index
// serves the comparison), keeps to the ids the model's rule classed, or runs the rule itself as a
// registered SQL function (store/sql_rules.go).

// abcCond keeps to the customers model.ABCOfAllIn puts in the classes asked for, read once per
// query by abcClasses (as ABCClasses, which `guanxi list --json` shows): SQL ranks nobody.
func (c *compiler) abcCond(q *model.QueryCond) (string, error) {
	if c.abc == nil {
		abc, err := abcClasses(c.ctx, c.s.db, c.today, c.cs)
		if err != nil {
			return "", err
		}
		c.abc = abc
	}
	// A customer without revenue in the period is not in the map; their class is ABCOf's answer
	// for a missing id, and a class that holds them is asked for as every customer but the others.
	absent := ABCOf(nil, 0)
	return c.anyOf(q, func(v string) string {
		if v == absent {
			return "c.id NOT IN " + c.idSet(func(class string) bool { return class != v })
		}
		return "c.id IN " + c.idSet(func(class string) bool { return class == v })
	}), nil
}

// idSet is the ids of the value classes that keep says to keep, as a subquery over one argument,
// a JSON array (one argument whatever the number of ids, which SQLite bounds).
func (c *compiler) idSet(keep func(class string) bool) string {
	b := []byte{'['}
	for id, class := range c.abc {
		if keep(class) {
			if len(b) > 1 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, id, 10)
		}
	}
	return "(SELECT value FROM json_each(" + c.arg(string(append(b, ']'))) + "))"
}

// tenure keeps to the first deals model.TenureSpan gives the class on the day: a range of the
// indexed first_deal_on, or no first deal at all.
func (c *compiler) tenure(v string) string {
	sp, ok := model.TenureSpan(v, c.today, c.cs)
	if !ok {
		return "c.first_deal_on IS NULL"
	}
	return daySpanSQL("c.first_deal_on", sp, c.arg)
}

// activity counts each customer's deals and logged contacts in the window from
// ClassSettings.ActiveStart, and keeps to the counts model.ActivitySpan gives the class.
func (c *compiler) activity(v string) string {
	since := dayArg(c.cs.ActiveStart(c.today))
	touches := "((SELECT count(*) FROM deals WHERE customer_id = c.id AND on_date >= " + c.arg(since) +
		") + (SELECT count(*) FROM interactions WHERE customer_id = c.id AND at >= " + c.arg(since) + "))"
	return countSpanSQL(touches, model.ActivitySpan(v, c.cs), c.arg)
}

// lapse selects by model.LapseOf itself, run on each customer's row inside SQLite
// (store/sql_rules.go): the rule is not written again in SQL.
func (c *compiler) lapse(v string) string {
	return lapseFunction + "(c.last_deal_on, c.last_contact_on, c.deal_count, " + c.arg(dayArg(c.today)) + ", " +
		c.arg(c.cs.LostAfterDays) + ", " + c.arg(c.cs.DormantAfterDays) + ") = " + c.arg(v)
}
