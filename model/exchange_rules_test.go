package model

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestFoldName(t *testing.T) {
	checkAnswers(t, "FoldName", FoldName, answers[string, string]{
		{"张伟", "张伟"},
		{"张 伟", "张伟"},
		{" 张\u3000伟 ", "张伟"},
		{"ＡＢＣ 贸易", "abc贸易"},
		{"Anna  Smith", "annasmith"},
		{"１３８", "138"},
		{"", ""},
	})
}

func TestLikelyDuplicate(t *testing.T) {
	k := func(name, company, phone, email string) DupKeys { return MakeDupKeys(0, name, company, phone, email) }
	tests := []struct {
		what   string
		a, b   DupKeys
		reason DupReason
		ok     bool
	}{
		{"same mobile written differently", k("王建国", "恒达", "+86 138-0013-8000", ""), k("王总", "", "13800138000", ""), DupSamePhone, true},
		{"same email in another case", k("李娜", "", "", "Li.Na@Example.com"), k("娜娜", "", "", "li.na@example.com "), DupSameEmail, true},
		{"same name and company", k("张伟", "云帆科技", "", ""), k("张伟", "云帆科技", "", ""), DupSameNameCompany, true},
		{"same name, no company on either: no proof", k("张伟", "", "", ""), k("张伟", "", "", ""), "", false},
		{"name with a space", k("张 伟", "云帆科技", "", ""), k("张伟", "云帆科技", "", ""), DupSimilarName, true},
		{"full-width company", k("Anna Smith", "ＡＣＭＥ", "", ""), k("anna smith", "Acme", "", ""), DupSimilarName, true},
		{"same name, other company", k("张伟", "云帆科技", "", ""), k("张伟", "恒达机械", "", ""), "", false},
		{"a space apart, no company on one", k("张 伟", "", "", ""), k("张伟", "云帆科技", "", ""), DupSimilarName, true},
		{"a space apart, other companies", k("张 伟", "恒达机械", "", ""), k("张伟", "云帆科技", "", ""), "", false},
		{"the same name, no company on one", k("张伟", "", "", ""), k("张伟", "云帆科技", "", ""), "", false},
		{"short shared number is no proof", k("甲", "", "110", ""), k("乙", "", "110", ""), "", false},
		{"nothing alike", k("甲", "", "13800138000", "a@x.cn"), k("乙", "", "13900139000", "b@x.cn"), "", false},
		{"phone beats name", k("张伟", "云帆", "13800138000", ""), k("张伟", "云帆", "13800138000", ""), DupSamePhone, true},
	}
	for _, tt := range tests {
		reason, ok := LikelyDuplicate(tt.a, tt.b)
		if reason != tt.reason || ok != tt.ok {
			t.Errorf("%s: got %q %v, want %q %v", tt.what, reason, ok, tt.reason, tt.ok)
		}
	}
}

func TestFindDuplicates(t *testing.T) {
	all := []DupKeys{
		MakeDupKeys(1, "王建国", "恒达", "138 0013 8000", ""),
		MakeDupKeys(2, "李娜", "云帆", "", "lina@yf.cn"),
		MakeDupKeys(3, "王建国", "恒达", "13800138000", ""), // phone and name: one pair, phone wins
		MakeDupKeys(4, "李 娜", "云帆", "", ""),
		MakeDupKeys(5, "Na Li", "", "", "LINA@yf.cn"),
		MakeDupKeys(6, "赵六", "", "13700137000", ""),
	}
	got := FindDuplicates(all)
	want := []DupPair{{1, 3, DupSamePhone}, {2, 4, DupSimilarName}, {2, 5, DupSameEmail}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("FindDuplicates = %+v, want %+v", got, want)
	}
	of := DuplicatesOf(all[1], all)
	wantOf := []DupPair{{2, 5, DupSameEmail}, {2, 4, DupSimilarName}}
	if !reflect.DeepEqual(of, wantOf) {
		t.Errorf("DuplicatesOf(李娜) = %+v, want %+v", of, wantOf)
	}
}

func TestMergeProfiles(t *testing.T) {
	early := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	late := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	keep := Customer{Name: "王建国", Company: "恒达精密", Phone: "138 0013 8000", Level: LevelNew, Stage: StageCustomer,
		Relation: RelationTransactional, Tags: []string{"老客户"}, Types: []string{"hesitant"}, Notes: "看重交期", CreatedAt: late}
	other := Customer{Name: "王总", Company: "恒达精密", Phone: "+86 13800138000", Email: "wang@hd.cn", WeChat: "wjg",
		Birthday: MustDate("1975-05-04"), Level: LevelVIP, Stage: StageProspect, Relation: RelationPartner,
		Tags: []string{"年度协议", "老客户"}, Types: []string{"driver"}, Notes: "喜欢喝茶", CreatedAt: early,
		PlanOverride: &VisitPlan{VisitEveryDays: 10}}
	got := MergeProfiles(keep, other, Zh)
	if got.Name != "王建国" || got.Email != "wang@hd.cn" || got.WeChat != "wjg" || got.Birthday != MustDate("1975-05-04") {
		t.Errorf("empty fields should be filled from the other: %+v", got)
	}
	if got.Phone != "138 0013 8000" {
		t.Errorf("the same phone written differently should stay as keep wrote it: %q", got.Phone)
	}
	if got.Level != LevelVIP || got.Stage != StageCustomer || got.Relation != RelationPartner {
		t.Errorf("a default level or relation takes the other's, a chosen stage stays: %s %s %s", got.Level, got.Stage, got.Relation)
	}
	if !reflect.DeepEqual(got.Tags, []string{"老客户", "年度协议"}) || !reflect.DeepEqual(got.Types, []string{"hesitant", "driver"}) {
		t.Errorf("tags and types should be united: %v %v", got.Tags, got.Types)
	}
	if !got.CreatedAt.Equal(early) || got.PlanOverride == nil || got.PlanOverride.VisitEveryDays != 10 {
		t.Errorf("the earlier creation and the plan override should be kept: %v %v", got.CreatedAt, got.PlanOverride)
	}
	wantNotes := "看重交期\n\n喜欢喝茶\n\n合并自“王总（恒达精密）”的不同资料：姓名：王总"
	if got.Notes != wantNotes {
		t.Errorf("notes = %q, want %q", got.Notes, wantNotes)
	}
	en := MergeProfiles(Customer{Name: "Anna", Phone: "021 1234 5678"}, Customer{Name: "Anna", Phone: "021 8765 4321"}, En)
	if !strings.Contains(en.Notes, "Merged from Anna, which differed: phone: 021 8765 4321") {
		t.Errorf("a differing phone should be kept in the notes: %q", en.Notes)
	}
	if keep.Tags[0] != "老客户" || len(keep.Tags) != 1 {
		t.Errorf("MergeProfiles changed its argument: %v", keep.Tags)
	}
}

func TestSnapshotsToKeep(t *testing.T) {
	days := func(from string, n, step int) []Date {
		var out []Date
		d := MustDate(from)
		for i := 0; i < n; i++ {
			out = append(out, d.AddDays(-i*step))
		}
		return out
	}
	tests := []struct {
		what   string
		dates  []Date
		daily  int
		weekly []string
	}{
		{"none", nil, 0, nil},
		{"three days", days("2026-03-10", 3, 1), 3, nil},
		{"a month of daily snapshots", days("2026-03-10", 30, 1), 7, []string{"2026-03-01", "2026-02-22", "2026-02-15"}},
		{"forty days of daily snapshots", days("2026-03-10", 40, 1), 7, []string{"2026-03-01", "2026-02-22", "2026-02-15", "2026-02-08"}},
		{"opened every other day", days("2026-03-10", 20, 2), 7, []string{"2026-02-22", "2026-02-14", "2026-02-08", "2026-01-31"}},
		{"duplicates count once", append(days("2026-03-10", 2, 1), MustDate("2026-03-10")), 2, nil},
	}
	for _, tt := range tests {
		got := SnapshotsToKeep(tt.dates)
		var daily int
		var weekly []string
		for d, k := range got {
			if k == SnapshotDaily {
				daily++
			} else {
				weekly = append(weekly, d.String())
			}
		}
		sortDesc(weekly)
		if daily != tt.daily || !reflect.DeepEqual(weekly, tt.weekly) {
			t.Errorf("%s: %d daily and weekly %v, want %d and %v", tt.what, daily, weekly, tt.daily, tt.weekly)
		}
	}
	// The newest seven are the daily ones.
	got := SnapshotsToKeep(days("2026-03-10", 30, 1))
	for _, d := range days("2026-03-10", 7, 1) {
		if got[d] != SnapshotDaily {
			t.Errorf("%s should be kept as daily", d)
		}
	}
}

func sortDesc(s []string) {
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			if s[j] > s[i] {
				s[i], s[j] = s[j], s[i]
			}
		}
	}
}

func TestSplitAndJoinPersonName(t *testing.T) {
	tests := []struct{ name, family, given string }{
		{"张三", "张", "三"},
		{"王建国", "王", "建国"},
		{"欧阳修", "欧阳", "修"},
		{"司马相如", "司马", "相如"},
		{"Anna Smith", "Smith", "Anna"},
		{"Mary Ann Lee", "Lee", "Mary Ann"},
		{"Madonna", "", "Madonna"},
		{"苏州恒达精密机械有限公司", "", "苏州恒达精密机械有限公司"},
		{"张 三", "", "张 三"},
		{"王Tony", "", "王Tony"},
		{"", "", ""},
	}
	for _, tt := range tests {
		f, g := SplitPersonName(tt.name)
		if f != tt.family || g != tt.given {
			t.Errorf("SplitPersonName(%q) = %q, %q; want %q, %q", tt.name, f, g, tt.family, tt.given)
		}
		if back := JoinPersonName(f, g); back != tt.name {
			t.Errorf("JoinPersonName(%q, %q) = %q, want %q", f, g, back, tt.name)
		}
	}
}

func TestParseLooseDate(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{"1985-03-07", "1985-03-07", false},
		{"1985/3/7", "1985-03-07", false},
		{"1985.03.07", "1985-03-07", false},
		{"19850307", "1985-03-07", false},
		{"1985年3月7日", "1985-03-07", false},
		{"1985/3/7 0:00", "1985-03-07", false},
		{"2026-03-10T09:30:00Z", "2026-03-10", false},
		{"", "", false},
		{"1985-02-30", "", true},
		{"03/07/1985", "", true},
		{"0001-01-01", "", true},
		{"明天", "", true},
	}
	for _, tt := range tests {
		d, err := ParseLooseDate(tt.in)
		if (err != nil) != tt.bad || d.String() != tt.want {
			t.Errorf("ParseLooseDate(%q) = %q, %v; want %q (error %v)", tt.in, d, err, tt.want, tt.bad)
		}
	}
}

func TestDateString(t *testing.T) {
	for _, tt := range []struct {
		d    Date
		want string
	}{{Date{2026, 3, 10}, "2026-03-10"}, {Date{1, 1, 1}, "0001-01-01"}, {Date{9999, 12, 31}, "9999-12-31"},
		{Date{}, ""}, {Date{12345, 1, 2}, "12345-01-02"}} {
		if got := tt.d.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestParseISODateExactForm(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		bad      bool
	}{
		{"2026-03-10", "2026-03-10", false}, {"2024-02-29", "2024-02-29", false}, {"2026-02-29", "", true},
		{"2026-13-01", "", true}, {"2026-00-10", "", true}, {"2026-04-31", "", true}, {"2026-1-5", "2026-01-05", false},
		{"20x6-03-10", "", true}, {"0001-01-01", "0001-01-01", false},
	} {
		d, err := ParseISODate(tt.in)
		if (err != nil) != tt.bad || d.String() != tt.want {
			t.Errorf("ParseISODate(%q) = %q, %v; want %q (error %v)", tt.in, d, err, tt.want, tt.bad)
		}
	}
}
