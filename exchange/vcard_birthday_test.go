package exchange

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"guanxi/model"
)

// wantBirthdays are the birthdays of testdata/birthdays.vcf as the book keeps them.
var wantBirthdays = map[string]struct {
	solar, yearly string
	greeted       string // the day of the greeting in 2026
}{
	"张伟": {"", "--03-15", "2026-03-15"},                    // iOS: year 1604 with X-APPLE-OMIT-YEAR
	"王芳": {"1980-09-23", "lunar 1980-08-15", "2026-09-25"}, // Apple's X-ALTBDAY beside the solar BDAY
	"李强": {"", "--10-24", "2026-10-24"},                    // vCard 4 --MMDD
	"赵敏": {"1985-02-20", "lunar 1985-01-01", "2026-02-17"}, // BDAY;CALSCALE=chinese
	"孙丽": {"", "--10-24", "2026-10-24"},                    // --MM-DD
	"周杰": {"", "lunar --08-15", "2026-09-25"},              // lunar without a year
}

func TestLunarAndYearlessBirthdaysFromCards(t *testing.T) {
	s := openBook(t)
	sum := importFile(t, s, "birthdays.vcf", Options{})
	if sum.Added != len(wantBirthdays) {
		t.Fatalf("imported %d of %d cards: %+v", sum.Added, len(wantBirthdays), sum)
	}
	check := func(t *testing.T, got map[string]model.Customer) {
		t.Helper()
		for name, want := range wantBirthdays {
			c, ok := got[name]
			if !ok {
				t.Errorf("%s is missing", name)
				continue
			}
			if c.Birthday.String() != want.solar || c.BirthdayYearly.String() != want.yearly {
				t.Errorf("%s: birthday %q %q, want %q %q", name, c.Birthday, c.BirthdayYearly, want.solar, want.yearly)
			}
			if strings.Contains(c.Notes, "生日") {
				t.Errorf("%s: the birthday went into the notes: %q", name, c.Notes)
			}
		}
		if a := got["周杰"].AnniversaryYearly.String(); a != "--06-01" {
			t.Errorf("周杰's anniversary %q, want --06-01", a)
		}
	}
	check(t, byName(t, s))

	// Each is greeted on its day of 2026, lead days before.
	ctx := context.Background()
	for name, want := range wantBirthdays {
		day := model.MustDate(want.greeted)
		items, err := s.Checklist(ctx, day.AddDays(-3), 3)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, it := range items {
			if it.CustomerName == name && it.Due.Occasion == model.OccasionBirthday {
				found = it.Due.OccasionOn == day
			}
		}
		if !found {
			t.Errorf("%s: no birthday greeting for %s: %+v", name, want.greeted, items)
		}
	}

	// Exported as vCard 3 and 4 and imported into an empty book, they come back the same.
	for _, version := range []string{"3.0", "4.0"} {
		out := export(t, s, ExportOptions{Format: VCard, VCardVersion: version})
		text := string(out)
		for _, want := range []string{"X-ALTBDAY;CALSCALE=chinese:007700570815", "BDAY:1980-09-23"} {
			if version == "3.0" && !strings.Contains(text, want) {
				t.Errorf("vCard %s lacks %q", version, want)
			}
		}
		if version == "3.0" && !strings.Contains(text, "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15") {
			t.Errorf("vCard 3.0 should write a birthday without a year as iOS does:\n%s", text)
		}
		if version == "4.0" && !strings.Contains(text, "BDAY:--0315") {
			t.Errorf("vCard 4.0 should write a birthday without a year as --MMDD:\n%s", text)
		}
		again := openBook(t)
		importWritten(t, again, "book.vcf", out)
		t.Run("vcard "+version, func(t *testing.T) { check(t, byName(t, again)) })
		if !bytes.Contains(out, []byte("END:VCARD")) {
			t.Fatal("no cards written")
		}
	}
}

func TestParseLunarCardDate(t *testing.T) {
	tests := map[string]string{
		"007700570815": "lunar 1980-08-15",
		"007800021101": "lunar 1985-11-01",
		"007800310318": "lunar 2014-03-18",
		"19800815":     "lunar 1980-08-15",
		"1980-08-15":   "lunar 1980-08-15",
		"--0815":       "lunar --08-15",
	}
	for in, want := range tests {
		y, err := parseLunarCardDate(in)
		if err != nil || y.String() != want {
			t.Errorf("parseLunarCardDate(%q) = %q, %v; want %q", in, y, err, want)
		}
		if y.Y != 0 {
			if back := appleLunarDate(y); len(back) != 12 {
				t.Errorf("appleLunarDate(%s) = %q", y, back)
			} else if again, _ := parseLunarCardDate(back); again != y {
				t.Errorf("appleLunarDate(%s) = %q reads back as %s", y, back, again)
			}
		}
	}
	for _, bad := range []string{"", "abc", "0078006108", "007800611101", "19801315"} {
		if y, err := parseLunarCardDate(bad); err == nil {
			t.Errorf("parseLunarCardDate(%q) = %s, want an error", bad, y)
		}
	}
}
