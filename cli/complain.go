package cli

import (
	"guanxi/model"
	"guanxi/store"
	"guanxi/wording"

	"github.com/spf13/cobra"
)

// newComplainCmd is `guanxi complain REF --what T [--severity 1-3] [--reply-by DATE] [--handler H] [--malicious] [--on DATE]`.
// The day of the complaint is read before the day of the reply, so a wrong --on is said first.
func (c *cli) newComplainCmd() *cobra.Command {
	return addCommand(c, "complain", "complain REF --what T [--severity 1-3] [--reply-by DATE] [--handler H] [--malicious] [--on DATE] [--json]", texts.Complain.Short, c.runComplain,
		filledTextField("what", texts.Complain.What, texts.Complain.SayWhatComplaint, func(p *model.Complaint) *string { return &p.What }),
		intField("severity", 2, texts.Complain.SeverityMinorModerate, func(p *model.Complaint, v int) { p.Severity = v }),
		textField("handler", texts.Complain.WhoHandles, func(p *model.Complaint) *string { return &p.Handler }),
		boolField("malicious", texts.Complain.LikelyBadFaith, func(p *model.Complaint, v bool) { p.GoodFaith = !v }),
		dateField("on", texts.Complain.DayComplaintDefault, func(p *model.Complaint) *model.Date { return &p.On }),
		dateField("reply-by", texts.Complain.DayYouPromised, func(p *model.Complaint) *model.Date { return &p.ReplyBy }))
}

// runComplain runs `guanxi complain`: a complaint of today unless --on says otherwise.
func (c *cli) runComplain(opts refArgs, read readAdded[model.Complaint]) error {
	p := model.Complaint{On: c.today()}
	if err := read(&p); err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	return c.addFor(opts, func(s *store.Store, cu model.Customer) (any, string, error) {
		p.CustomerID = cu.ID
		if err := s.AddComplaint(c.ctx, &p); err != nil {
			return nil, "", err
		}
		due := p.ReplyDue()
		return toComplainedJSON(cu, p, c.today()), c.tf(texts.Complain.RecordedComplaintFrom,
			model.SanitizeLine(cu.Name), p.ID, due, wording.DaysFrom(due, c.today(), c.lang)), nil
	})
}
