package cli

import (
	"guanxi/model"
	"guanxi/store"
)

// editDeal corrects a deal (`guanxi deal edit ID`): --amount, --on, --product, --credit-due ("" removes it).
var editDeal = fieldsEditor((*store.Store).Deal, (*store.Store).UpdateDeal,
	amountField("amount", texts.Shared.Amount, func(d *model.Deal) *model.Money { return &d.Amount }),
	dateField("on", texts.Deal.DealDate, func(d *model.Deal) *model.Date { return &d.On }),
	textField("product", texts.Deal.Product, func(d *model.Deal) *string { return &d.Product }),
	optionalDateField("credit-due", texts.Deal.PaymentDueEmpty, func(d *model.Deal) *model.Date { return &d.CreditDueOn }))
