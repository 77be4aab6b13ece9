package ui

import (
	"testing"

	"guanxi/model"
	"guanxi/ui/forms"
	"guanxi/ui/kit"
)

// A payment received and a complaint resolved are written down after the day they happened: the
// date fields of their corrections offer days gone by (今天、昨天、3月1日) as examples, as the deal's
// does, not days to come (明天、3天后).
func TestCorrectionsOfPastDaysOfferPastDays(t *testing.T) {
	c := newTestApp(t, fixtureBook(t), model.Zh, 80, 24).c
	day := model.DateOf(testNow)
	for _, tc := range []struct {
		name  string
		form  *kit.Form
		field string
	}{
		{"payment received", forms.PaymentEdit(c, model.Payment{ID: 1, CustomerID: 1, On: day, Amount: 100}), "on"},
		{"complaint resolved", forms.ComplaintRecord(c, model.Complaint{ID: 1, CustomerID: 1, On: day, ResolvedOn: day, What: "迟到"}), "resolved_on"},
	} {
		found := false
		for _, fd := range tc.form.Fields {
			if fd.Key != tc.field {
				continue
			}
			found = true
			if want := c.T(kit.Texts.Hints.PastDate); fd.Hint != want {
				t.Errorf("%s: the %s field's hint is %q, want the days gone by %q", tc.name, tc.field, fd.Hint, want)
			}
		}
		if !found {
			t.Errorf("%s: the form has no %s field", tc.name, tc.field)
		}
	}
}
