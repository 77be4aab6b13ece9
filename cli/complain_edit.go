package cli

import (
	"guanxi/model"
	"guanxi/store"

	"github.com/spf13/pflag"
)

// The flags of `guanxi complain edit ID` and how they change the record.

// editComplain corrects a complaint: --what, --severity, --reply-by, --handler, --malicious, --on.
func editComplain(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	what := fs.String("what", "", c.t(texts.Complain.WhatAbout))
	severity := fs.Int("severity", 0, c.t(texts.Complain.Severity))
	replyBy := fs.String("reply-by", "", c.t(texts.Complain.ReplyBy))
	handler := fs.String("handler", "", c.t(texts.Complain.HandledBy))
	malicious := fs.Bool("malicious", false, c.t(texts.Complain.LikelyBadFaithMalicious))
	on := fs.String("on", "", c.t(texts.Complain.DayComplaint))
	return editRecord(c, (*store.Store).Complaint, func(e *edit, p *model.Complaint) {
		e.text("what", what, &p.What)
		e.apply("severity", func() error { p.Severity = *severity; return nil })
		e.date("reply-by", replyBy, &p.ReplyBy)
		e.text("handler", handler, &p.Handler)
		e.apply("malicious", func() error { p.GoodFaith = !*malicious; return nil })
		e.date("on", on, &p.On)
	}, (*store.Store).UpdateComplaint)
}
