package texttest

import (
	"reflect"
	"testing"

	"guanxi/model"
)

type counted struct{ One, Many model.Text }

var catalogue = struct {
	Deal struct {
		Short model.Text
		Count counted
	}
	Help struct{ Title model.Text }
}{}

func init() {
	catalogue.Deal.Short = model.Text{Zh: "记录成交", En: "record a deal"}
	catalogue.Deal.Count = counted{model.Text{Zh: "1 笔", En: "1 deal"}, model.Text{Zh: "%d 笔", En: "%d deals"}}
	catalogue.Help.Title = model.Text{Zh: "帮助"}
}

// whole is the catalogue with every text in both languages.
func whole() any {
	w := catalogue
	w.Help.Title.En = "help"
	return w
}

// Each walks every text, the forms of a counted one by their own names, in the catalogue's order.
func TestEach(t *testing.T) {
	var paths []string
	Each(catalogue, func(path string, _ model.Text) { paths = append(paths, path) })
	want := []string{"Deal.Short", "Deal.Count.One", "Deal.Count.Many", "Help.Title"}
	if !reflect.DeepEqual(paths, want) {
		t.Errorf("paths %q, want %q", paths, want)
	}
}

// The checks find a text in one language and one nothing reads, and pass what is whole.
func TestChecksFindWhatIsMissing(t *testing.T) {
	for _, c := range []struct {
		name  string
		check func(t testing.TB)
		fails bool
	}{
		{"one language", func(t testing.TB) { InBothLanguages(t, catalogue, 1) }, true},
		{"both languages", func(t testing.TB) { InBothLanguages(t, whole(), 4) }, false},
		{"too few texts seen", func(t testing.TB) { InBothLanguages(t, whole(), 5) }, true},
		{"all read", func(t testing.TB) {
			EveryTextRead(t, catalogue, "texts", "texts.Deal.Short texts.Deal.Count texts.Help.Title")
		}, false},
		{"one unread", func(t testing.TB) { EveryTextRead(t, catalogue, "texts", "texts.Deal.Short texts.Help.Title") }, true},
		{"a longer name is not the text", func(t testing.TB) {
			EveryTextRead(t, catalogue, "texts", "texts.Deal.Shorter texts.Deal.Count texts.Help.Title")
		}, true},
	} {
		inner := &recorder{}
		c.check(inner)
		if inner.failed != c.fails {
			t.Errorf("%s: failed %v, want %v", c.name, inner.failed, c.fails)
		}
	}
}

// recorder is a test the checks report to, which only notes that they failed.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
