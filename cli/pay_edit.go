package cli

import (
	"guanxi/model"
	"guanxi/store"
)

// editPay corrects a payment (`guanxi pay edit ID`): --amount, --on, --note.
var editPay = fieldsEditor((*store.Store).Payment, (*store.Store).UpdatePayment,
	amountField("amount", texts.Shared.Amount, func(p *model.Payment) *model.Money { return &p.Amount }),
	dateField("on", texts.Pay.DayWasReceived, func(p *model.Payment) *model.Date { return &p.On }),
	textField("note", texts.Pay.Note, func(p *model.Payment) *string { return &p.Note }))
