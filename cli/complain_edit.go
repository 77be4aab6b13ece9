package cli

import (
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
	return func(s *store.Store, id int64, set map[string]bool) error {
		p, err := s.Complaint(c.ctx, id)
		if err != nil {
			return err
		}
		if set["what"] {
			p.What = *what
		}
		if set["severity"] {
			p.Severity = *severity
		}
		if set["reply-by"] {
			if p.ReplyBy, err = c.parseDate("reply-by", *replyBy); err != nil {
				return err
			}
		}
		if set["handler"] {
			p.Handler = *handler
		}
		if set["malicious"] {
			p.GoodFaith = !*malicious
		}
		if set["on"] {
			if p.On, err = c.parseDate("on", *on); err != nil {
				return err
			}
		}
		return s.UpdateComplaint(c.ctx, &p)
	}
}
