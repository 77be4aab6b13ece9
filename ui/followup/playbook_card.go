package followup

import (
	"fmt"

	"guanxi/model"
	"guanxi/store"
	"guanxi/ui/kit"
)

// playbookCard is what the follow-up view's card keeps: the personality tags of the checklist's
// customers (loaded with the checklist, so moving the cursor costs no read) and which page of the
// card is shown for whom.
type playbookCard struct {
	tags map[int64][]store.PersonTag
	page int
	// pageFor is the customer the page belongs to; another customer under the cursor starts at
	// the first page.
	pageFor int64
}

// cardPage is the room for advice lines: the card less its title line.
func (m *Screen) cardPage() int { return max(m.cardHeight()-1, 1) }

// cardBody is every line of advice for the customer of a checklist item, wrapped to w cells: each
// tagged person's types, what to do first; or, with no type, a prompt and the typologies.
func (m *Screen) cardBody(it model.ChecklistItem, w int) []string {
	c := m.c
	lines := c.PlaybookLines(m.pb.tags[it.CustomerID], it.CustomerName, kit.AdviceBrief, w, "  ")
	if len(lines) > 0 {
		return lines
	}
	out := []string{c.Styles.Dim.Render(kit.Fit(c.T(kit.Texts.Playbook.NoType), w))}
	return append(out, c.TypologyPrompt(w)...)
}

// CardPages is how many pages the card of an item has at the screen's size.
func (m *Screen) CardPages(it model.ChecklistItem) int {
	n := len(m.cardBody(it, m.width-1))
	page := m.cardPage()
	return max((n+page-1)/page, 1)
}

// shownPage is the page of the card shown for an item.
func (m *Screen) shownPage(it model.ChecklistItem) int {
	if m.pb.pageFor != it.CustomerID {
		return 0
	}
	return min(m.pb.page, m.CardPages(it)-1)
}

// turnCard shows the next (delta 1) or previous (delta -1) page of the item's card.
func (m *Screen) turnCard(it model.ChecklistItem, delta int) {
	page := m.shownPage(it) + delta
	m.pb.page = max(0, min(page, m.CardPages(it)-1))
	m.pb.pageFor = it.CustomerID
}

// cardTitle heads the card: whose advice it is and, when it runs over a page, where the reader is
// and the keys that turn it.
func (m *Screen) cardTitle(it model.ChecklistItem) string {
	c, st := m.c, m.c.Styles
	title := st.Section.Render(c.T(kit.Texts.Detail.Playbook)) + " · " + model.SanitizeLine(it.CustomerName)
	if pages := m.CardPages(it); pages > 1 {
		title += "  " + st.Dim.Render(fmt.Sprintf(c.T(kit.Texts.Playbook.Scroll), m.shownPage(it)+1, pages))
	}
	return kit.Fit(title, m.width)
}
