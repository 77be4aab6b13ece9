package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"guanxi/exchange"
	"guanxi/model"
	"guanxi/store"
)

// TestMergeCarriesCatalogAndSettings: a book forked in two, the catalog and the settings edited
// and deleted on each side, then merged: every edit is there, the newer of two edits of one row
// wins, a delete on either side stays a delete, and nothing else is lost — read off the JSON
// export of the merged book.
func TestMergeCarriesCatalogAndSettings(t *testing.T) {
	ctx := context.Background()
	now := time.Now()
	at := clocksBefore(now)

	// The common past, three hours ago: two types of the user's, one on a customer with a note, a
	// typology of the user's, and two settings.
	base, dir := forkBase(t, at(3*time.Hour))
	typology := model.BuiltinTypologies()[0].Code
	closer := model.PersonalityType{Typology: typology, Name: model.Text{Zh: "直来直去", En: "Closer"}}
	listener := model.PersonalityType{Typology: typology, Name: model.Text{Zh: "倾听者", En: "Listener"}}
	mine := model.Typology{Name: model.Text{Zh: "我的分类", En: "Mine"}}
	must(t, base.AddType(ctx, &closer))
	must(t, base.AddType(ctx, &listener))
	must(t, base.AddTypology(ctx, &mine))
	zhang := model.Customer{Name: "张三"}
	must(t, base.AddCustomer(ctx, &zhang))
	must(t, base.TagPerson(ctx, store.PersonTag{CustomerID: zhang.ID, Type: closer.Code, Note: "说话要直接"}))
	must(t, base.SetGreetingLeadDays(ctx, 3))
	must(t, base.SetPlan(ctx, model.LevelVIP, model.VisitPlan{VisitEveryDays: 20, CallEveryDays: 10}))
	here, there := fork(t, base, dir)
	since := now.Add(-2 * time.Hour)
	builtins := model.BuiltinTypes()
	x, y := builtins[0], builtins[1]

	// Here, ninety minutes ago and half an hour ago: a built-in type edited, a type added, the
	// listener edited last of all, and the greeting lead set.
	hereNow := at(90 * time.Minute)
	h := openAt(t, here, func() time.Time { return hereNow() })
	defer h.Close()
	x.Traits.En = "edited here"
	must(t, h.UpdateType(ctx, x))
	hereOnly := model.PersonalityType{Typology: typology, Name: model.Text{Zh: "本机新类型", En: "Here only"}}
	must(t, h.AddType(ctx, &hereOnly))
	hereNow = at(30 * time.Minute)
	listener.Approach.En = "edited here, later"
	must(t, h.UpdateType(ctx, listener))
	must(t, h.SetGreetingLeadDays(ctx, 5))
	hereBefore := exportHead(t, h)

	// There, an hour ago: another built-in type edited, a type added and put on 张三, the listener
	// edited earlier than here, the user's typology described, the closer removed (its note goes
	// to 张三's notes), the holidays set, the greeting lead set earlier than here, the visit plans
	// deleted.
	o := openAt(t, there, at(time.Hour))
	y.Traits.En = "edited there"
	must(t, o.UpdateType(ctx, y))
	thereOnly := model.PersonalityType{Typology: typology, Name: model.Text{Zh: "对面新类型", En: "There only"}}
	must(t, o.AddType(ctx, &thereOnly))
	must(t, o.TagPerson(ctx, store.PersonTag{CustomerID: zhang.ID, Type: thereOnly.Code, Note: "对面加的"}))
	listener.Approach.En = "edited there, earlier"
	must(t, o.UpdateType(ctx, listener))
	mine.About.En = "described there"
	must(t, o.UpdateTypology(ctx, mine))
	if _, err := o.RemoveType(ctx, closer.Code); err != nil {
		t.Fatal(err)
	}
	holidays := []model.Holiday{{Name: model.Text{Zh: "公司周年", En: "Our day"}, Days: []model.HolidayDate{{M: time.March, D: 8}}}}
	must(t, o.SetHolidays(ctx, holidays))
	must(t, o.SetGreetingLeadDays(ctx, 7))
	thereBefore := exportHead(t, o)
	must(t, o.Close())
	// The settings keep the time SQLite gives them: the greeting lead set there is made the older
	// one, and the visit plans are deleted, as no command deletes a setting yet.
	raw := rawBook(t, there)
	exec(t, raw, "UPDATE settings SET updated_at = ? WHERE key = 'greeting_lead_days'", now.Add(-time.Hour).Unix())
	exec(t, raw, "DELETE FROM settings WHERE key = 'visit_plans'")
	raw.Close()

	sum, err := h.MergeDiverged(ctx, there, since, model.En)
	if err != nil {
		t.Fatal(err)
	}
	got := exportHead(t, h)
	types := map[string]model.PersonalityType{}
	for _, ty := range got.Types {
		types[ty.Code] = ty
	}
	if types[x.Code].Traits.En != "edited here" || types[y.Code].Traits.En != "edited there" {
		t.Errorf("built-in types: %q, %q; want each side's edit", types[x.Code].Traits.En, types[y.Code].Traits.En)
	}
	if types[listener.Code].Approach.En != "edited here, later" {
		t.Errorf("listener: %q; want the later edit, here's", types[listener.Code].Approach.En)
	}
	for _, ty := range []model.PersonalityType{hereOnly, thereOnly} {
		if types[ty.Code].Name != ty.Name {
			t.Errorf("type %s (%s) is lost", ty.Code, ty.Name.En)
		}
	}
	if _, ok := types[closer.Code]; ok {
		t.Error("the closer, removed there, is back")
	}
	var about string
	for _, ty := range got.Typologies {
		if ty.Code == mine.Code {
			about = ty.About.En
		}
	}
	if about != "described there" {
		t.Errorf("the user's typology reads %q; want there's description", about)
	}
	if string(got.Settings["greeting_lead_days"]) != "5" {
		t.Errorf("greeting lead %s; want here's 5, set later", got.Settings["greeting_lead_days"])
	}
	if !bytes.Equal(got.Settings["holidays"], thereBefore.Settings["holidays"]) {
		t.Errorf("holidays %s; want there's %s", got.Settings["holidays"], thereBefore.Settings["holidays"])
	}
	if _, ok := got.Settings["visit_plans"]; ok {
		t.Error("the visit plans, deleted there, are still here")
	}
	// Every type and typology of either side is in the merged export, but the one deleted there.
	for side, head := range map[string]bookHead{"here": hereBefore, "there": thereBefore} {
		for _, ty := range head.Types {
			if _, ok := types[ty.Code]; !ok && ty.Code != closer.Code {
				t.Errorf("%s's type %s is lost", side, ty.Code)
			}
		}
		if len(got.Typologies) != len(head.Typologies) {
			t.Errorf("%d typologies merged, %s had %d", len(got.Typologies), side, len(head.Typologies))
		}
	}
	// 张三 carries there's new type, and the removed type's note is in his notes.
	tags, err := h.PersonTags(ctx, zhang.ID)
	must(t, err)
	if len(tags) != 1 || tags[0].Type != thereOnly.Code || tags[0].Note != "对面加的" {
		t.Errorf("张三's tags %+v; want there's new type with its note", tags)
	}
	c, err := h.Customer(ctx, zhang.ID)
	must(t, err)
	if !strings.Contains(c.Notes, "说话要直接") {
		t.Errorf("张三's notes %q lost the removed type's note", c.Notes)
	}
	if sum.Added["personality_types"] != 1 || sum.Updated["personality_types"] != 1 || sum.Deleted["personality_types"] != 1 ||
		sum.Updated["typologies"] != 1 || sum.Added["settings"] != 1 || sum.Deleted["settings"] != 1 {
		t.Errorf("summary %+v", sum)
	}
}

// TestMergeKeepsBothTypesOfOneCode: a type made on both sides under the same code is kept twice,
// there's under a new code that its tags follow; a built-in type is one row on both sides.
func TestMergeKeepsBothTypesOfOneCode(t *testing.T) {
	ctx := context.Background()
	base, dir := forkBase(t, time.Now)
	zhang := model.Customer{Name: "张三"}
	must(t, base.AddCustomer(ctx, &zhang))
	here, there := fork(t, base, dir)
	typology := model.BuiltinTypologies()[0].Code
	mk := func(path, zh string) *store.Store {
		s := openAt(t, path, time.Now)
		ty := model.PersonalityType{Code: "calm", Typology: typology, Name: model.Text{Zh: zh, En: "Calm"}}
		must(t, s.AddType(ctx, &ty))
		must(t, s.TagPerson(ctx, store.PersonTag{CustomerID: zhang.ID, Type: "calm", Note: zh}))
		return s
	}
	h := mk(here, "本机的沉稳")
	defer h.Close()
	o := mk(there, "对面的沉稳")
	must(t, o.Close())
	if _, err := h.MergeDiverged(ctx, there, time.Now().Add(-time.Hour), model.En); err != nil {
		t.Fatal(err)
	}
	types, err := h.PersonalityTypes(ctx)
	must(t, err)
	names := map[string]string{}
	for _, ty := range types {
		names[ty.Name.Zh] = ty.Code
	}
	if names["本机的沉稳"] != "calm" || names["对面的沉稳"] == "" || names["对面的沉稳"] == "calm" {
		t.Fatalf("types after the merge: %v; want here's calm and there's under a new code", names)
	}
	tags, err := h.PersonTags(ctx, zhang.ID)
	must(t, err)
	byType := map[string]string{}
	for _, tag := range tags {
		byType[tag.Type] = tag.Note
	}
	if byType["calm"] != "本机的沉稳" || byType[names["对面的沉稳"]] != "对面的沉稳" {
		t.Errorf("张三's tags %v; want each side's on its own type", byType)
	}
	if len(types) != len(model.BuiltinTypes())+2 {
		t.Errorf("%d types; want the built-in ones once and the two of the user's", len(types))
	}
}

// bookHead is the head of a whole-book JSON export: the settings and the catalog.
type bookHead struct {
	Settings   map[string]json.RawMessage `json:"settings"`
	Typologies []model.Typology           `json:"typologies"`
	Types      []model.PersonalityType    `json:"types"`
}

func exportHead(t *testing.T, s *store.Store) bookHead {
	t.Helper()
	var buf bytes.Buffer
	if _, err := exchange.Export(context.Background(), s, &buf, exchange.ExportOptions{Format: exchange.JSON}); err != nil {
		t.Fatal(err)
	}
	var head bookHead
	if err := json.NewDecoder(&buf).Decode(&head); err != nil {
		t.Fatal(err)
	}
	return head
}

// fork copies base into here.db and there.db in dir, the two sides of a merge, and closes it.
// forkBase opens the common past of a fork: a new book, base.db, in a folder of its own, on the
// clock now; fork copies it to the fork's two sides in that folder.
func forkBase(t *testing.T, now func() time.Time) (base *store.Store, dir string) {
	t.Helper()
	dir = t.TempDir()
	return openAt(t, filepath.Join(dir, "base.db"), now), dir
}

func fork(t *testing.T, base *store.Store, dir string) (here, there string) {
	t.Helper()
	here, there = filepath.Join(dir, "here.db"), filepath.Join(dir, "there.db")
	must(t, base.Backup(context.Background(), here, false))
	must(t, base.Backup(context.Background(), there, false))
	must(t, base.Close())
	return here, there
}

// clocksBefore makes clocks fixed a while before now: at(ago) always reads now less ago, the time
// one side of a fork wrote at.
func clocksBefore(now time.Time) (at func(ago time.Duration) func() time.Time) {
	return func(ago time.Duration) func() time.Time { return func() time.Time { return now.Add(-ago) } }
}

func openAt(t *testing.T, path string, now func() time.Time) *store.Store {
	t.Helper()
	s, err := store.Open(path, store.WithClock(now))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func rawBook(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func exec(t *testing.T, db *sql.DB, query string, args ...any) {
	t.Helper()
	if _, err := db.Exec(query, args...); err != nil {
		t.Fatal(err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
