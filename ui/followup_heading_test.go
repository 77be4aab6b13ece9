package ui

import (
	"context"
	"strings"
	"testing"

	"guanxi/internal/testbook"
	"guanxi/model"
)

// Grouped by customer at 80×24, a heading whose registered company would be cut goes by the
// company's short name, as the rows do, and keeps its level, last contact and count.
func TestCustomerHeadingUsesTheShortNameWhereTheCompanyWouldBeCut(t *testing.T) {
	eachScreen(t, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		s := fuBook(t)
		ctx := context.Background()
		wei := model.Customer{Name: "韦伟", Company: "广东省深圳市南山区瑞丰食品有限公司", Kind: model.KindOrganisation,
			Level: model.LevelStrategic, Phone: "13612345678"}
		testbook.AddCustomers(t, s, &wei)
		if err := s.LogInteraction(ctx, &model.Interaction{CustomerID: wei.ID, Channel: model.ChannelVisit,
			At: testNow.AddDate(0, 0, -3), Summary: "谈了新品"}); err != nil {
			t.Fatal(err)
		}
		for _, note := range []string{"寄样品给采购部", "确认端午节的订货量"} {
			remindToday(t, s, wei.ID, model.ReminderOther, note)
		}
		a := newTestApp(t, s, lang, sz.w, sz.h)
		m := fuScreen(a)
		typeText(a, "v")
		fuSelect(t, a, m, func(it model.ChecklistItem) bool { return it.CustomerID == wei.ID })
		screen := screenText(a)
		var heading string
		for _, line := range strings.Split(screen, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "韦伟") && strings.HasSuffix(strings.TrimSpace(line), "(2)") {
				heading = line
			}
		}
		if heading == "" {
			t.Fatalf("韦伟's heading should show whole, with its count of two items:\n%s", screen)
		}
		if sz.w == 80 && (strings.Contains(heading, "广东省") || !strings.Contains(heading, "韦伟 · 瑞丰")) {
			t.Errorf("at 80 columns the heading should go by the short name 瑞丰: %q\n%s", heading, screen)
		}
		shot(t, a, sz, "fu_heading_short_"+name)
	})
}
