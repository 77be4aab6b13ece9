package ui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/model"
	"guanxi/ui/kit"
)

// TestDeleteAsksFirstAndUndoes: D in a customer's detail asks first; n keeps the customer; y moves
// it with its records to the trash, closes its page and offers the undo; the key right after
// brings it back — ctrl+z over the list, where a u would go into the search, u elsewhere — and
// any other key ends the offer.
func TestDeleteAsksFirstAndUndoes(t *testing.T) {
	s := fixtureBook(t)
	ctx := context.Background()
	wang := findCustomer(t, s, "王建国").ID
	before, _ := s.Interactions(ctx, wang, 0)
	a := newTestApp(t, s, model.Zh, 80, 24)

	send(a, kit.NavigateMsg{Page: kit.PageDetail, ID: wang})
	typeText(a, "D")
	screen := screenText(a)
	if !strings.Contains(screen, "把「王建国」移到回收站？") || !strings.Contains(screen, "按 u") {
		t.Fatalf("D should ask first:\n%s", screen)
	}
	typeText(a, "n")
	if _, err := s.Customer(ctx, wang); err != nil {
		t.Fatalf("n deleted the customer: %v", err)
	}
	if screen := screenText(a); !strings.Contains(screen, "拜访计划") {
		t.Errorf("n should leave the detail open:\n%s", screen)
	}

	typeText(a, "D")
	typeText(a, "y")
	if _, err := s.Customer(ctx, wang); err == nil {
		t.Fatal("y did not delete the customer")
	}
	screen = screenText(a)
	if !strings.Contains(screen, "已把「王建国」移到回收站 · 按 ctrl+z 撤销") || strings.Contains(screen, "苏州恒达") {
		t.Errorf("after the delete the list should be back without him, offering ctrl+z:\n%s", screen)
	}
	send(a, tea.KeyMsg{Type: tea.KeyCtrlZ})
	if _, err := s.Customer(ctx, wang); err != nil {
		t.Fatalf("ctrl+z did not restore: %v", err)
	}
	if after, _ := s.Interactions(ctx, wang, 0); len(after) != len(before) {
		t.Errorf("restored with %d logged contacts, had %d", len(after), len(before))
	}
	if screen := screenText(a); !strings.Contains(screen, "王建国") || !strings.Contains(screen, "已从回收站恢复") {
		t.Errorf("the list should show him again:\n%s", screen)
	}

	// From the follow-up, which takes no typing, u is the undo.
	press(a, tea.KeyF2)
	send(a, kit.NavigateMsg{Page: kit.PageDetail, ID: wang})
	typeText(a, "D")
	typeText(a, "y")
	if screen := screenText(a); !strings.Contains(screen, "按 u 撤销") {
		t.Errorf("over the follow-up the offer should be u:\n%s", screen)
	}
	typeText(a, "u")
	if _, err := s.Customer(ctx, wang); err != nil {
		t.Fatalf("u did not restore: %v", err)
	}

	// Any other key first: the offer is gone and u does not restore.
	send(a, kit.NavigateMsg{Page: kit.PageDetail, ID: wang})
	typeText(a, "D")
	typeText(a, "y")
	press(a, tea.KeyDown)
	typeText(a, "u")
	if _, err := s.Customer(ctx, wang); err == nil {
		t.Error("u restored after another key")
	}
	trash, err := s.Trash(ctx)
	if err != nil || len(trash) != 1 || trash[0].ID != wang {
		t.Errorf("the trash: %+v %v", trash, err)
	}
	checkScreenSize(t, a, 80, 24)
}

// TestDeleteKeyIsInTheHelp: the detail's help lists the delete key.
func TestDeleteKeyIsInTheHelp(t *testing.T) {
	s, a := fixtureApp(t, model.En, 120, 40)
	send(a, kit.NavigateMsg{Page: kit.PageDetail, ID: findCustomer(t, s, "李娜").ID})
	typeText(a, "?")
	if screen := screenText(a); !strings.Contains(screen, "delete customer") {
		t.Errorf("help does not list the delete key:\n%s", screen)
	}
}
