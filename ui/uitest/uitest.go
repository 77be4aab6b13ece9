// Package uitest is what the terminal interface's tests share: a small book with Chinese names,
// the fixed clock, running Bubble Tea commands as the program would, and golden screens.
package uitest

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"guanxi/internal/testbook"
	"guanxi/model"
	"guanxi/store"
)

// Update, set by -update, rewrites the golden screens instead of comparing with them.
var Update = flag.Bool("update", false, "rewrite the golden screens")

// Now is the clock of every UI test: a Tuesday morning, local time.
var Now = time.Date(2026, 3, 10, 9, 30, 0, 0, time.Local)

// FixtureBook writes a small book with Chinese names: an overdue VIP, a key account with a typed
// contact, a customer due today, one with an upcoming reminder, and an English name; then each of
// more, which writes what a test needs besides, on the tests' clock.
func FixtureBook(t *testing.T, more ...func(ctx context.Context, s *store.Store)) *store.Store {
	t.Helper()
	// Records are created in the past so plan due dates land before, on and after today.
	now := Now.AddDate(0, 0, -30)
	s := testbook.Open(t, func() time.Time { return now })
	ctx := context.Background()
	// The screens count plan days across weekends; moving them to working days is tested in store.
	if err := s.SetPlanWorkingDays(ctx, false); err != nil {
		t.Fatal(err)
	}
	add := func(c model.Customer) model.Customer {
		if err := s.AddCustomer(ctx, &c); err != nil {
			t.Fatal(err)
		}
		return c
	}
	log := func(id int64, ch model.Channel, daysAgo int, summary string) {
		i := model.Interaction{CustomerID: id, Channel: ch, At: Now.AddDate(0, 0, -daysAgo), Summary: summary, NextStep: "下周寄报价单"}
		if err := s.LogInteraction(ctx, &i); err != nil {
			t.Fatal(err)
		}
	}
	wang := add(model.Customer{Name: "王建国", Company: "苏州恒达精密机械有限公司", Kind: model.KindOrganisation, Level: model.LevelVIP,
		Stage: model.StageLoyal, Relation: model.RelationPartner, Phone: "138 0013 8000", Region: "江苏苏州", Industry: "机械制造",
		Tags: []string{"老客户", "年度协议"}, Notes: "每年三月续签协议，负责人很看重交期。"})
	log(wang.ID, model.ChannelVisit, 12, "拜访工厂，谈了二季度的备货计划，对交期有顾虑。")
	s.AddDeal(ctx, &model.Deal{CustomerID: wang.ID, On: model.MustDate("2026-01-15"), Product: "数控机床", Amount: 5_200_000_00})
	s.AddDeal(ctx, &model.Deal{CustomerID: wang.ID, On: model.MustDate("2026-02-20"), Product: "备件", Amount: 86_000_00,
		CreditDueOn: model.MustDate("2026-03-20"), Paid: 20_000_00})
	ct := model.Contact{CustomerID: wang.ID, Name: "周丽", Title: "采购经理", Role: model.RoleDecisionMaker, Phone: "139 1234 5678"}
	if err := s.AddContact(ctx, &ct); err != nil {
		t.Fatal(err)
	}
	if err := s.TagPerson(ctx, store.PersonTag{CustomerID: wang.ID, ContactID: ct.ID, Type: "hesitant", Note: "春季招标时一直拿不定主意"}); err != nil {
		t.Fatal(err)
	}
	li := add(model.Customer{Name: "李娜", Company: "杭州云帆科技", Level: model.LevelNew, Stage: model.StageTarget, Phone: "13912345678"})
	log(li.ID, model.ChannelCall, 14, "电话介绍新品。")
	zeng := add(model.Customer{Name: "曾志伟", Company: "广州南方医疗器械", Level: model.LevelReference, Stage: model.StageCustomer})
	log(zeng.ID, model.ChannelVisit, 5, "回访，客户愿意做样板。")
	r := model.Reminder{CustomerID: zeng.ID, DueOn: model.DateOf(Now).AddDays(2), Kind: model.ReminderOther, Note: "寄送样品"}
	s.AddReminder(ctx, &r)
	add(model.Customer{Name: "Anna Smith", Company: "Acme Trading", Level: model.LevelLow, Stage: model.StageProspect})
	now = Now
	for _, m := range more {
		m(ctx, s)
	}
	return s
}

// RunCmd executes a command as Bubble Tea would and returns the messages it yields. Tests run
// without the watch tick, so every command answers; a command that hangs fails the test.
func RunCmd(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(20 * time.Second):
		panic("a command did not answer within 20 s")
	}
	switch m := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range m {
			out = append(out, RunCmd(c)...)
		}
		return out
	}
	if cmds, ok := Sequence(msg); ok {
		var out []tea.Msg
		for _, c := range cmds {
			out = append(out, RunCmd(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// Sequence returns the commands of a tea.Sequence, whose message type Bubble Tea does not export:
// a slice of commands that is not a batch.
func Sequence(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeOf(tea.Cmd(nil)) || v.Type() == reflect.TypeOf(tea.BatchMsg(nil)) {
		return nil, false
	}
	cmds := make([]tea.Cmd, v.Len())
	for i := range cmds {
		cmds[i], _ = v.Index(i).Interface().(tea.Cmd)
	}
	return cmds, true
}

// ScreenText is a view as a person reads it: escape sequences stripped, trailing spaces trimmed.
func ScreenText(view string) string {
	lines := strings.Split(ansi.Strip(view), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// Golden compares a view with testdata/NAME.golden, or rewrites it with -update.
func Golden(t *testing.T, name, view string) {
	t.Helper()
	GoldenText(t, name, ScreenText(view))
}

// GoldenText compares text already drawn as a person reads it with testdata/NAME.golden, or
// rewrites it with -update.
func GoldenText(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *Update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no golden screen %s (run go test ./ui -update): %v", path, err)
	}
	if got != string(want) {
		t.Errorf("screen %s differs from the golden file:\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

// CheckScreenSize asserts every line of a view fills the terminal's width in cells and there are
// exactly h lines.
func CheckScreenSize(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Errorf("view has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if cw := ansi.StringWidth(l); cw != w {
			t.Errorf("line %d is %d cells wide, want %d: %q", i, cw, w, ansi.Strip(l))
		}
	}
}
