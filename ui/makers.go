package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"guanxi/ui/analysis"
	"guanxi/ui/catalog"
	"guanxi/ui/detail"
	"guanxi/ui/followup"
	"guanxi/ui/kit"
	"guanxi/ui/list"
	"guanxi/ui/trash"
)

// Navigation is one message and one table: a screen asks for a page with kit.Navigate, and the
// app builds the page here. No screen package imports another.

// maker builds a page; id is the customer of a detail page.
type maker func(c *kit.Common, id int64) kit.Screen

// makers builds every page the app can show.
var makers = map[kit.Page]maker{
	kit.PageList:         func(c *kit.Common, _ int64) kit.Screen { return list.New(c) },
	kit.PageFollowUp:     func(c *kit.Common, _ int64) kit.Screen { return followup.New(c) },
	kit.PageCatalog:      func(c *kit.Common, _ int64) kit.Screen { return catalog.New(c) },
	kit.PageAnalysis:     func(c *kit.Common, _ int64) kit.Screen { return analysis.New(c) },
	kit.PageDetail:       func(c *kit.Common, id int64) kit.Screen { return detail.New(c, id) },
	kit.PagePlanSettings: func(c *kit.Common, _ int64) kit.Screen { return followup.NewPlanSettings(c) },
	kit.PageTrash:        func(c *kit.Common, _ int64) kit.Screen { return trash.New(c) },
}

// tabPages are the top-level views, in the order of their tabs (the tab constants).
var tabPages = []kit.Page{kit.PageList, kit.PageFollowUp, kit.PageCatalog, kit.PageAnalysis}

// opensAlone are the pages that close every screen opened over the current view before they
// open: the trash is reached from anywhere and esc from it goes back to the view.
var opensAlone = map[kit.Page]bool{kit.PageTrash: true}

// navigate shows a page: a tab is switched to, any other page is built and opened on the stack.
func (a *App) navigate(msg kit.NavigateMsg) tea.Cmd {
	for i, p := range tabPages {
		if p == msg.Page {
			return a.switchTo(tab(i))
		}
	}
	s := makers[msg.Page](a.c, msg.ID)
	s.SetSize(a.c.Width, a.bodyHeight())
	if opensAlone[msg.Page] {
		a.stack = nil
	}
	a.stack = append(a.stack, s)
	return s.Reload()
}

// show opens an overlay over the screen, sized to the body.
func (a *App) show(o kit.Overlay) {
	a.overlay = o
	a.overlay.SetSize(a.c.Width, a.bodyHeight())
}
