package ui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
)

// The last row of the plan settings turns moving plan days to working days on and off.
func TestPlanSettingsWorkingDays(t *testing.T) {
	s := fuBook(t) // made with plans on any day
	ctx := context.Background()
	a := newTestApp(t, s, model.En, 120, 40)
	fuScreen(a)
	before, _ := s.Holidays(ctx)
	typeText(a, "p")
	typeText(a, "G")
	if screen := screenText(a); !strings.Contains(screen, "▸ Plan days") || !strings.Contains(screen, "any day (enter to change)") {
		t.Fatalf("G should reach the working-day setting:\n%s", screen)
	}
	press(a, tea.KeyEnter)
	if on, err := s.PlanWorkingDays(ctx); err != nil || !on {
		t.Fatalf("enter should turn working days on: %v %v", on, err)
	}
	if screen := screenText(a); !strings.Contains(screen, "working days only") || !strings.Contains(screen, "Plan days changed") {
		t.Errorf("the screen should show the new setting:\n%s", screen)
	}
	typeText(a, "D")
	if hs, _ := s.Holidays(ctx); len(hs) != len(before) {
		t.Errorf("D on the setting removes no holiday: %d holidays", len(hs))
	}
	press(a, tea.KeyEnter)
	if on, _ := s.PlanWorkingDays(ctx); on {
		t.Error("enter again should turn working days off")
	}
}
