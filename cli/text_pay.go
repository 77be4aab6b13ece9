package cli

import "guanxi/model"

// payTexts are the messages of guanxi pay.
type payTexts struct {
	Short               model.Text
	AmountReceived      model.Text
	PayThisDeal         model.Text
	DayCameDefault      model.Text
	NoteSuchAs          model.Text
	GiveAmountReceived  model.Text
	Deal                model.Text
	RecordedPayingStill model.Text
	DayWasReceived      model.Text
	Note                model.Text
}

var payText = payTexts{
	Short:               model.Text{Zh: "记录赊销的收款（部分或全部）", En: "record a payment, part or whole, on a credit sale"},
	AmountReceived:      model.Text{Zh: "收到的金额 `A`：5000、5,000、1.5万", En: "the amount `A` received: 5000, 5,000, 1.5万"},
	PayThisDeal:         model.Text{Zh: "冲抵这笔成交 `ID`（默认按到期先后冲抵）", En: "pay this deal `ID` (default: the ones due first)"},
	DayCameDefault:      model.Text{Zh: "收款日期 `DATE`（默认今天）", En: "the day `DATE` it came in (default today)"},
	NoteSuchAs:          model.Text{Zh: "备注 `TEXT`，如转账单号", En: "a note `TEXT`, such as the transfer's reference"},
	GiveAmountReceived:  model.Text{Zh: "请用 --amount 给出收到的金额", En: "give the amount received with --amount"},
	Deal:                model.Text{Zh: "成交 %d：%s", En: "deal %d: %s"},
	RecordedPayingStill: model.Text{Zh: "已记录 %s 付款 %s（%s）；尚欠 %s。", En: "Recorded %s paying %s (%s); %s still owed."},
	DayWasReceived:      model.Text{Zh: "收款日期 `DATE`", En: "the day it was received `DATE`"},
	Note:                model.Text{Zh: "备注 `T`", En: "note `T`"},
}
