package cli

import (
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/pflag"
)

// The flags of `guanxi pay edit ID` and how they change the record.

// editPay corrects a payment: --amount, --on, --note.
func editPay(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	amount := fs.String("amount", "", c.t(texts.Shared.Amount))
	on := fs.String("on", "", c.t(texts.Pay.DayWasReceived))
	note := fs.String("note", "", c.t(texts.Pay.Note))
	return editRecord(c, (*store.Store).Payment, func(e *edit, p *model.Payment) {
		e.amount("amount", amount, &p.Amount)
		e.date("on", on, &p.On)
		e.text("note", note, &p.Note)
	}, (*store.Store).UpdatePayment)
}
