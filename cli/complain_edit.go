package cli

import (
	"guanxi/store"

	"github.com/spf13/pflag"
)

// The flags of `guanxi complain edit ID` and how they change the record.

// editComplain corrects a complaint: --what, --severity, --reply-by, --handler, --malicious, --on.
func editComplain(c *cli, fs *pflag.FlagSet) func(*store.Store, int64, map[string]bool) error {
	what := fs.String("what", "", c.tr("投诉内容 `T`", "what it is about `T`"))
	severity := fs.Int("severity", 0, c.tr("严重程度 `N`：1-3", "severity `N`: 1-3"))
	replyBy := fs.String("reply-by", "", c.tr("答复期限 `DATE`", "reply by `DATE`"))
	handler := fs.String("handler", "", c.tr("经办人 `H`", "handled by `H`"))
	malicious := fs.Bool("malicious", false, c.tr("疑似恶意（--malicious=false 改回善意）", "likely in bad faith (--malicious=false: in good faith)"))
	on := fs.String("on", "", c.tr("投诉日期 `DATE`", "the day of the complaint `DATE`"))
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
