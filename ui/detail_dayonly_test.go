package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
)

// A logged contact of a day only (a sheet's last follow-up without a time) shows its date alone
// in the archive's timeline, its channel under the others'.
func TestDetailTimelineShowsADayOnlyContactWithoutATime(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		s := fixtureBook(t)
		ctx := context.Background()
		wang, err := s.FindCustomer(ctx, "王建国")
		if err != nil {
			t.Fatal(err)
		}
		y, m, d := testNow.AddDate(0, 0, -20).Date()
		i := model.Interaction{CustomerID: wang.ID, Channel: model.ChannelOther, At: time.Date(y, m, d, 0, 0, 0, 0, time.Local),
			Summary: "最后一次跟进（导入前的记录，内容见原系统）"}
		if err := s.LogInteraction(ctx, &i); err != nil {
			t.Fatal(err)
		}
		a := newTestApp(t, s, lang, sz.w, sz.h)
		openDetail(a, "王建国")
		day := i.At.Format(time.DateOnly)
		screen := screenText(a)
		for n := 0; n < 10 && !strings.Contains(screen, day); n++ { // page down to the timeline
			press(a, tea.KeyPgDown)
			screen = screenText(a)
		}
		if !strings.Contains(screen, day+"      ") || strings.Contains(screen, day+" 00:00") {
			t.Errorf("the contact of %s should show without a time:\n%s", day, screen)
		}
		shot(t, a, sz, "detail_dayonly_"+name)
	})
}
