package model

import "strings"

// Deal is one purchase of a customer (消费记录). A deal on credit has a due date and is owed until
// what was paid reaches the amount.
type Deal struct {
	ID          int64  `json:"id"`
	UID         string `json:"uid"`
	CustomerID  int64  `json:"customer_id"`
	On          Date   `json:"-"`
	Product     string `json:"product"`
	Amount      Money  `json:"-"`
	CreditDueOn Date   `json:"-"`
	Paid        Money  `json:"-"`
}

// Owed returns what is still to be paid on a credit deal; a deal without credit is paid in full.
func (d *Deal) Owed() Money {
	if d.CreditDueOn.IsZero() || d.Paid >= d.Amount {
		return 0
	}
	return d.Amount - d.Paid
}

// Validate reports the first thing wrong with the deal, as a *FieldError.
func (d *Deal) Validate() error {
	d.Product = strings.TrimSpace(d.Product)
	if err := checkAmountOn(d.Amount, Text{"金额须大于零", "the amount must be above zero"},
		d.On, Text{"请填写成交日期", "a date is required"}); err != nil {
		return err
	}
	if d.Paid < 0 || d.Paid > d.Amount {
		return fieldErr("paid", "已付金额应在零和总额之间", "paid must be between zero and the amount")
	}
	if !d.CreditDueOn.IsZero() && d.CreditDueOn.Before(d.On) {
		return fieldErr("credit_due_on", "还款日不能早于成交日", "the payment due date cannot be before the deal")
	}
	return checkLen("product", d.Product, MaxFieldLen)
}
