package model

import "testing"

// TestMergeKeepsLunarAndYearlessDates merges a customer whose birthday is lunar or has no year into
// one without a birthday, and one with another birthday: the date is kept as it was, or noted.
func TestMergeKeepsLunarAndYearlessDates(t *testing.T) {
	for _, typed := range []string{"农历八月十五", "--03-15", "1984-07-09"} {
		b, err := ParseBirthday(typed)
		if err != nil {
			t.Fatalf("%s: %v", typed, err)
		}
		other := Customer{Name: "周立", Birthday: b.Solar, BirthdayYearly: b.Yearly}
		got := MergeProfiles(Customer{Name: "周立"}, other, Zh)
		if got.Birthday != b.Solar || got.BirthdayYearly != b.Yearly {
			t.Errorf("%s: merged into an empty birthday it became %s / %s", typed, got.Birthday, got.BirthdayYearly)
		}
		kept := MergeProfiles(Customer{Name: "周立", Birthday: MustDate("1990-01-02")}, other, Zh)
		if kept.Birthday != MustDate("1990-01-02") || !kept.BirthdayYearly.IsZero() {
			t.Errorf("%s: the kept customer's own birthday changed to %s / %s", typed, kept.Birthday, kept.BirthdayYearly)
		}
	}
}
