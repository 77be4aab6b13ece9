package model

import (
	"errors"
	"math"
	"testing"
)

func TestMoneyIsBounded(t *testing.T) {
	cases := []struct {
		name string
		err  error
		want string // the field of the error, "" for none
	}{
		{"a deal at the bound", (&Deal{Amount: MaxMoney, On: Date{2026, 3, 10}}).Validate(), ""},
		{"a deal past the bound", (&Deal{Amount: MaxMoney + 1, On: Date{2026, 3, 10}}).Validate(), "amount"},
		{"a payment past the bound", (&Payment{Amount: MaxMoney * 10, On: Date{2026, 3, 10}}).Validate(), "amount"},
		{"a capital past the bound", (&Customer{Name: "x", RegisteredCapital: MaxMoney + 1}).Validate(), "registered_capital"},
		{"a capital below zero", (&Customer{Name: "x", RegisteredCapital: -1}).Validate(), "registered_capital"},
		{"a deal of 1e30 yuan from a file", (&Deal{Amount: MoneyFromYuan(1e30), On: Date{2026, 3, 10}}).Validate(), "amount"},
	}
	for _, tc := range cases {
		var fe *FieldError
		switch {
		case tc.want == "" && tc.err != nil:
			t.Errorf("%s: %v", tc.name, tc.err)
		case tc.want != "" && (!errors.As(tc.err, &fe) || fe.Field != tc.want):
			t.Errorf("%s: %v, want an error on %s", tc.name, tc.err, tc.want)
		}
	}
	if _, err := ParseAmount("1000000000001"); err == nil {
		t.Error("an amount past ¥1,000,000,000,000 should be refused")
	}
	if m, err := ParseAmount("1000000000000"); err != nil || m != MaxMoney {
		t.Errorf("¥1,000,000,000,000 itself: %v %v", m, err)
	}
}

func TestMoneyPlusSaturates(t *testing.T) {
	total := Money(0)
	for i := 0; i < 100_000; i++ {
		total = total.Plus(MaxMoney)
	}
	if total != math.MaxInt64 {
		t.Errorf("100,000 deals at the bound sum to %d, want the largest Money", total)
	}
	if got := Money(math.MinInt64 + 5).Plus(-10); got != math.MinInt64 {
		t.Errorf("below the smallest: %d", got)
	}
	if got := Money(5).Plus(-7); got != -2 {
		t.Errorf("5 - 7 = %d", got)
	}
}
