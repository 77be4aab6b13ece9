package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/ui/kit"
)

// A deal has usually already been made when it is written down: the form's date hint offers days
// gone by (今天、昨天、3月1日), each of which the form reads, not only days to come.
func TestDealFormOffersPastDays(t *testing.T) {
	eachInputSize(t, func(t *testing.T, lang model.Lang, w, h int, name string) {
		hint := kit.Texts.Hints.PastDate.In(lang)
		examples := strings.TrimPrefix(strings.TrimPrefix(hint, "如 "), "e.g. ")
		today := model.DateOf(testNow)
		for _, ex := range strings.FieldsFunc(examples, func(r rune) bool { return r == '、' || r == ',' }) {
			d, err := model.ParseDate(strings.TrimSpace(ex), today)
			if err != nil || d.After(today) {
				t.Errorf("the hint's %q should read as a day not after today: %v %v", ex, d, err)
			}
		}

		s := fixtureBook(t)
		cu := model.Customer{Name: "新单客户", Level: model.LevelNew}
		testbook.AddCustomers(t, s, &cu)
		a := newTestApp(t, s, lang, w, h)
		openArchive(t, a, cu.ID)
		typeText(a, "d")
		press(a, tea.KeyTab)
		press(a, tea.KeyTab) // to the day of the deal
		screen := screenText(a)
		if !strings.Contains(screen, hint) {
			t.Errorf("the deal form should offer past days (%s):\n%s", hint, screen)
		}
		for _, future := range []string{"明天", "tomorrow", "3天后", "+3d"} {
			if strings.Contains(screen, future) {
				t.Errorf("the deal form should not offer %s:\n%s", future, screen)
			}
		}
		golden(t, "dealform_past_"+name, a)
	})
}
