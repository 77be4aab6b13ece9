package cli

import "guanxi/model"

// dealTexts are the messages of guanxi deal.
type dealTexts struct {
	Short              model.Text
	Amount             model.Text
	DealDateDefault    model.Text
	Product            model.Text
	CreditSalePayment  model.Text
	GiveAmountAmount   model.Text
	RecordedDealOrders model.Text
	DealDate           model.Text
	PaymentDueEmpty    model.Text
}

var dealText = dealTexts{
	Short:              model.Text{Zh: "记录一笔成交", En: "record a deal"},
	Amount:             model.Text{Zh: "金额 `A`：5000、5,000、1.5万、¥500万", En: "amount `A`: 5000, 5,000, 1.5万, ¥500万"},
	DealDateDefault:    model.Text{Zh: "成交日期 `DATE`（默认今天）", En: "the deal's date `DATE` (default today)"},
	Product:            model.Text{Zh: "产品 `P`", En: "product `P`"},
	CreditSalePayment:  model.Text{Zh: "赊销的还款日 `DATE`", En: "for a credit sale, the payment due `DATE`"},
	GiveAmountAmount:   model.Text{Zh: "请用 --amount 给出金额", En: "give the amount with --amount"},
	RecordedDealOrders: model.Text{Zh: "已记录 %s 在 %s 成交 %s；订货总额 %s。", En: "Recorded a deal with %s on %s for %s; orders now total %s."},
	DealDate:           model.Text{Zh: "成交日期 `DATE`", En: "the deal's date `DATE`"},
	PaymentDueEmpty:    model.Text{Zh: "还款日 `DATE`（空字符串表示不是赊销）", En: "payment due `DATE` (an empty string: not on credit)"},
}
