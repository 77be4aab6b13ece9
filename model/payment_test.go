package model

import (
	"errors"
	"reflect"
	"testing"
)

func TestAllocatePayment(t *testing.T) {
	d := MustDate
	deals := []Deal{
		{ID: 1, On: d("2026-01-05"), Amount: 100_00, CreditDueOn: d("2026-03-20"), Paid: 20_00}, // owes 80
		{ID: 2, On: d("2026-01-10"), Amount: 50_00, CreditDueOn: d("2026-02-28")},               // owes 50, due first
		{ID: 3, On: d("2026-01-12"), Amount: 30_00},                                             // cash
		{ID: 4, On: d("2026-01-15"), Amount: 40_00, CreditDueOn: d("2026-03-01"), Paid: 40_00},  // paid
	}
	cases := []struct {
		name   string
		amount Money
		deal   int64
		want   []PaymentShare
		field  string // the field an error is about
	}{
		{"part of the first due", 30_00, 0, []PaymentShare{{2, 30_00}}, ""},
		{"the first due in full", 50_00, 0, []PaymentShare{{2, 50_00}}, ""},
		{"spread over two deals", 70_00, 0, []PaymentShare{{2, 50_00}, {1, 20_00}}, ""},
		{"everything owed", 130_00, 0, []PaymentShare{{2, 50_00}, {1, 80_00}}, ""},
		{"more than owed", 130_01, 0, nil, "amount"},
		{"on a chosen deal", 80_00, 1, []PaymentShare{{1, 80_00}}, ""},
		{"more than the chosen deal owes", 80_01, 1, nil, "amount"},
		{"a cash deal owes nothing", 10_00, 3, nil, "deal"},
		{"a paid deal owes nothing", 10_00, 4, nil, "deal"},
		{"no such deal", 10_00, 9, nil, "deal"},
		{"nothing", 0, 0, nil, "amount"},
	}
	for _, c := range cases {
		got, err := AllocatePayment(deals, c.amount, c.deal)
		var fe *FieldError
		if c.field != "" {
			if !errors.As(err, &fe) || fe.Field != c.field {
				t.Errorf("%s: error %v, want one about %s", c.name, err, c.field)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, %v; want %v", c.name, got, err, c.want)
		}
	}
	if _, err := AllocatePayment(deals[2:3], 10_00, 0); err == nil {
		t.Error("a customer who owes nothing cannot pay")
	}
	if b := Balance(deals); b != 130_00 {
		t.Errorf("Balance = %v, want ¥130", b)
	}
}

func TestPaymentValidate(t *testing.T) {
	ok := Payment{Amount: 1, On: MustDate("2026-03-10"), Note: "  转账 "}
	if err := ok.Validate(); err != nil || ok.Note != "转账" {
		t.Errorf("Validate = %v, note %q", err, ok.Note)
	}
	for _, p := range []Payment{{Amount: 0, On: MustDate("2026-03-10")}, {Amount: 5}} {
		if err := p.Validate(); err == nil {
			t.Errorf("%+v should be refused", p)
		}
	}
}
