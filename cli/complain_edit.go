package cli

import (
	"guanxi/model"
	"guanxi/store"
)

// editComplain corrects a complaint (`guanxi complain edit ID`): --what, --severity, --reply-by,
// --handler, --malicious, --on.
var editComplain = fieldsEditor((*store.Store).Complaint, (*store.Store).UpdateComplaint,
	textField("what", texts.Complain.WhatAbout, func(p *model.Complaint) *string { return &p.What }),
	intField("severity", 0, texts.Complain.Severity, func(p *model.Complaint, v int) { p.Severity = v }),
	dateField("reply-by", texts.Complain.ReplyBy, func(p *model.Complaint) *model.Date { return &p.ReplyBy }),
	textField("handler", texts.Complain.HandledBy, func(p *model.Complaint) *string { return &p.Handler }),
	boolField("malicious", texts.Complain.LikelyBadFaithMalicious, func(p *model.Complaint, v bool) { p.GoodFaith = !v }),
	dateField("on", texts.Complain.DayComplaint, func(p *model.Complaint) *model.Date { return &p.On }))
