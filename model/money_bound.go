package model

import (
	"fmt"
	"math"
)

// MaxMoney is the largest amount one deal, payment or registered capital may hold: ¥1,000,000,000,000,
// far above any real one. Bounded so, 92,000 of them still sum within an int64 of fen, and the
// sums below saturate rather than wrap, so no total ever turns negative.
const MaxMoney Money = 1_000_000_000_000 * 100

// Plus adds n to m, stopping at the largest Money rather than wrapping round to a negative total.
func (m Money) Plus(n Money) Money {
	switch {
	case n > 0 && m > math.MaxInt64-n:
		return math.MaxInt64
	case n < 0 && m < math.MinInt64-n:
		return math.MinInt64
	}
	return m + n
}

// checkMoney refuses an amount above MaxMoney, as a *FieldError on field.
func checkMoney(field string, m Money) error {
	if m <= MaxMoney {
		return nil
	}
	return &FieldError{field, Text{
		Zh: fmt.Sprintf("金额不能超过 %s", MaxMoney.String()),
		En: fmt.Sprintf("an amount cannot pass %s", MaxMoney.String())}}
}

// checkAmountOn checks the amount and day of money that changed hands (a deal, a payment): an
// amount above zero (else notPositive, on "amount") and within MaxMoney, and a day (else noDay,
// on "on").
func checkAmountOn(amount Money, notPositive Text, on Date, noDay Text) error {
	if amount <= 0 {
		return &FieldError{"amount", notPositive}
	}
	if err := checkMoney("amount", amount); err != nil {
		return err
	}
	if on.IsZero() {
		return &FieldError{"on", noDay}
	}
	return nil
}
