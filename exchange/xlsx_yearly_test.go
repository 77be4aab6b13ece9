package exchange

import (
	"testing"

	"guanxi/internal/testbook"
	"guanxi/model"
)

// TestXLSXKeepsLunarAndYearlessBirthdays exports a lunar birthday and one without a year, which no
// cell of a sheet's calendar can hold, and finds both again after the import.
func TestXLSXKeepsLunarAndYearlessBirthdays(t *testing.T) {
	s := openBook(t)
	for name, typed := range map[string]string{"周立": "--03-15", "吴芳": "农历八月十五", "郑凯": "1984-07-09"} {
		b, err := model.ParseBirthday(typed)
		if err != nil {
			t.Fatalf("%s: %v", typed, err)
		}
		c := model.Customer{Name: name, Kind: model.KindPerson, Level: model.LevelNew, Stage: model.StageProspect,
			Relation: model.RelationTransactional, Birthday: b.Solar, BirthdayYearly: b.Yearly}
		testbook.AddCustomers(t, s, &c)
	}
	want := byName(t, s)
	back, _ := reimport(t, export(t, s, ExportOptions{Format: XLSX, Lang: model.Zh}), XLSX)
	for name, g := range byName(t, back) {
		w := want[name]
		if g.Birthday != w.Birthday || g.BirthdayYearly != w.BirthdayYearly {
			t.Errorf("%s: birthday %s / %s came back as %s / %s", name, w.Birthday, w.BirthdayYearly, g.Birthday, g.BirthdayYearly)
		}
	}
}
