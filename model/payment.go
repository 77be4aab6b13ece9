package model

import (
	"fmt"
	"sort"
	"strings"
)

// Payment is money received against a deal sold on credit (回款): part or all of what is owed.
type Payment struct {
	ID         int64  `json:"id"`
	UID        string `json:"uid"`
	DealID     int64  `json:"deal_id"`
	CustomerID int64  `json:"customer_id"`
	On         Date   `json:"-"`
	Amount     Money  `json:"-"`
	Note       string `json:"note"`
}

// Validate reports the first thing wrong with the payment, as a *FieldError.
func (p *Payment) Validate() error {
	p.Note = strings.TrimSpace(p.Note)
	if err := checkAmountOn(p.Amount, Text{"收款金额须大于零", "the amount received must be above zero"},
		p.On, Text{"请填写收款日期", "a date is required"}); err != nil {
		return err
	}
	return checkLen("note", p.Note, MaxFieldLen)
}

// PaymentShare is the part of a payment that goes to one deal.
type PaymentShare struct {
	DealID int64
	Amount Money
}

// AllocatePayment splits a payment of amount over a customer's deals. With dealID set it all goes
// to that deal; otherwise it pays the open credit deals in the order they fall due (then the
// oldest deal first). A payment above what is owed is refused, so money is never lost in a
// balance below zero.
func AllocatePayment(deals []Deal, amount Money, dealID int64) ([]PaymentShare, error) {
	if amount <= 0 {
		return nil, fieldErr("amount", "收款金额须大于零", "the amount received must be above zero")
	}
	if dealID != 0 {
		for _, d := range deals {
			if d.ID != dealID {
				continue
			}
			owed := d.Owed()
			switch {
			case d.CreditDueOn.IsZero():
				return nil, fieldErr("deal", "这笔成交不是赊销，没有欠款", "that deal was not sold on credit: nothing is owed on it")
			case owed == 0:
				return nil, fieldErr("deal", "这笔成交已经付清", "that deal is paid in full")
			case amount > owed:
				return nil, &FieldError{"amount", Text{
					fmt.Sprintf("这笔成交只欠 %s，收款不能超过欠款", owed),
					fmt.Sprintf("only %s is owed on that deal; a payment cannot exceed it", owed)}}
			}
			return []PaymentShare{{d.ID, amount}}, nil
		}
		return nil, &FieldError{"deal", Text{
			fmt.Sprintf("这位客户没有编号为 %d 的成交", dealID),
			fmt.Sprintf("the customer has no deal %d", dealID)}}
	}
	open := OpenCredit(deals)
	var total Money
	for _, d := range open {
		total += d.Owed()
	}
	if total == 0 {
		return nil, fieldErr("amount", "这位客户没有欠款", "the customer owes nothing")
	}
	if amount > total {
		return nil, &FieldError{"amount", Text{
			fmt.Sprintf("这位客户一共只欠 %s，收款不能超过欠款", total),
			fmt.Sprintf("the customer owes %s in all; a payment cannot exceed it", total)}}
	}
	var out []PaymentShare
	left := amount
	for _, d := range open {
		if left == 0 {
			break
		}
		part := min(left, d.Owed())
		out = append(out, PaymentShare{d.ID, part})
		left -= part
	}
	return out, nil
}

// OpenCredit returns the deals that still owe money, in the order they fall due, then oldest first.
func OpenCredit(deals []Deal) []Deal {
	var open []Deal
	for _, d := range deals {
		if d.Owed() > 0 {
			open = append(open, d)
		}
	}
	sort.SliceStable(open, func(i, j int) bool {
		a, b := open[i], open[j]
		if a.CreditDueOn != b.CreditDueOn {
			return a.CreditDueOn.Before(b.CreditDueOn)
		}
		if a.On != b.On {
			return a.On.Before(b.On)
		}
		return a.ID < b.ID
	})
	return open
}

// Balance returns what the customer still owes over all their deals.
func Balance(deals []Deal) Money {
	var total Money
	for _, d := range deals {
		total += d.Owed()
	}
	return total
}
