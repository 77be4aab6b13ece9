package store

import (
	"database/sql/driver"
	"fmt"
	"sync/atomic"

	"modernc.org/sqlite"

	"guanxi/model"
)

// A rule of model that a saved list's query must run over every customer inside SQLite is
// registered as an SQL function that calls it, so the rule has one copy, in Go, and the SQL only
// hands it a row's columns. Registered before any book is opened, it exists on every connection.

// lapseFunction is model.LapseOf as SQL: guanxi_lapse(last_deal_on, last_contact_on, deal_count,
// today, lost_after_days, dormant_after_days) is the lapse class's code of a customer's row.
const lapseFunction = "guanxi_lapse"

func init() {
	if err := sqlite.RegisterDeterministicScalarFunction(lapseFunction, 6, lapseSQL); err != nil {
		panic("store: register " + lapseFunction + ": " + err.Error())
	}
}

// lapseSQL runs model.LapseOf on one row, by the day's rule kept from the row before. The settings it passes are the ones the rule reads;
// TestQueriesAgreeWithTheModel holds it to the model on changed settings.
func lapseSQL(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
	lastDeal, err := sqlDate(args[0])
	if err != nil {
		return nil, err
	}
	lastContact, err := sqlDate(args[1])
	if err != nil {
		return nil, err
	}
	today, err := sqlDate(args[3])
	if err != nil {
		return nil, err
	}
	cs := model.ClassSettings{LostAfterDays: int(sqlInt(args[4])), DormantAfterDays: int(sqlInt(args[5]))}
	return lapseRuleOn(today, cs).Of(lastDeal, lastContact, int(sqlInt(args[2]))), nil
}

// lapseRuleKept is a lapse rule worked out, with the day and settings it is of.
type lapseRuleKept struct {
	today model.Date
	cs    model.ClassSettings
	rule  model.LapseRule
}

// lastLapseRule is the rule lapseSQL worked out last: a query asks the same day and settings of
// every row, and working out the day's bounds costs more than testing a row against them.
var lastLapseRule atomic.Pointer[lapseRuleKept]

// lapseRuleOn is model.LapseRuleOn, worked out again only for another day or other settings.
func lapseRuleOn(today model.Date, cs model.ClassSettings) model.LapseRule {
	if k := lastLapseRule.Load(); k != nil && k.today == today && k.cs == cs {
		return k.rule
	}
	k := &lapseRuleKept{today, cs, model.LapseRuleOn(today, cs)}
	lastLapseRule.Store(k)
	return k.rule
}

// sqlDate reads a date column handed to a function: NULL is the zero date.
func sqlDate(v driver.Value) (model.Date, error) {
	switch v := v.(type) {
	case nil:
		return model.Date{}, nil
	case string:
		return model.ParseISODate(v)
	case []byte:
		return model.ParseISODate(string(v))
	}
	return model.Date{}, fmt.Errorf("a date of type %T", v)
}

// sqlInt reads an integer column handed to a function: NULL is 0.
func sqlInt(v driver.Value) int64 {
	switch v := v.(type) {
	case int64:
		return v
	case float64:
		return int64(v)
	}
	return 0
}
