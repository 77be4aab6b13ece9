package model

import "testing"

func TestRepeatNext(t *testing.T) {
	d := MustDate
	cases := []struct {
		name              string
		r                 Repeat
		anchor, due, done string
		want              string
	}{
		{"one-off gives no next", Repeat{}, "2026-03-10", "2026-03-10", "2026-03-10", ""},
		{"daily, done on the day", Repeat{1, RepeatDays}, "2026-03-10", "2026-03-10", "2026-03-10", "2026-03-11"},
		{"every 3 days, done late skips past turns", Repeat{3, RepeatDays}, "2026-03-01", "2026-03-01", "2026-03-08", "2026-03-10"},
		{"weekly, done on the day", Repeat{1, RepeatWeeks}, "2026-03-10", "2026-03-10", "2026-03-10", "2026-03-17"},
		{"weekly, done early uses up the turn", Repeat{1, RepeatWeeks}, "2026-03-10", "2026-03-17", "2026-03-12", "2026-03-24"},
		{"every 2 weeks, done late", Repeat{2, RepeatWeeks}, "2026-01-05", "2026-03-02", "2026-03-20", "2026-03-30"},
		{"weekly, snoozed turn is not repeated", Repeat{1, RepeatWeeks}, "2026-03-10", "2026-03-12", "2026-03-12", "2026-03-17"},
		{"monthly on the 31st falls on February's last day", Repeat{1, RepeatMonths}, "2026-01-31", "2026-01-31", "2026-01-31", "2026-02-28"},
		{"monthly on the 31st comes back to the 31st", Repeat{1, RepeatMonths}, "2026-01-31", "2026-02-28", "2026-02-28", "2026-03-31"},
		{"monthly on the 31st in April", Repeat{1, RepeatMonths}, "2026-01-31", "2026-03-31", "2026-03-31", "2026-04-30"},
		{"monthly on the 31st in a leap February", Repeat{1, RepeatMonths}, "2028-01-31", "2028-01-31", "2028-01-31", "2028-02-29"},
		{"every 3 months across the year end", Repeat{3, RepeatMonths}, "2025-11-30", "2025-11-30", "2025-12-01", "2026-02-28"},
		{"yearly on 29 February in a common year", Repeat{1, RepeatYears}, "2024-02-29", "2024-02-29", "2024-02-29", "2025-02-28"},
		{"yearly on 29 February comes back in a leap year", Repeat{1, RepeatYears}, "2024-02-29", "2027-02-28", "2027-02-28", "2028-02-29"},
		{"yearly, done years late", Repeat{1, RepeatYears}, "2020-06-15", "2020-06-15", "2026-03-10", "2026-06-15"},
		{"no anchor counts from the due day", Repeat{1, RepeatWeeks}, "", "2026-03-10", "2026-03-10", "2026-03-17"},
		{"31 December daily rolls into the new year", Repeat{1, RepeatDays}, "2026-12-31", "2026-12-31", "2026-12-31", "2027-01-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var anchor Date
			if c.anchor != "" {
				anchor = d(c.anchor)
			}
			got := c.r.Next(anchor, d(c.due), d(c.done))
			want := Date{}
			if c.want != "" {
				want = d(c.want)
			}
			if got != want {
				t.Errorf("Next = %v, want %v", got, want)
			}
		})
	}
}

func TestRepeatOccurrenceNeverDrifts(t *testing.T) {
	r := Repeat{1, RepeatMonths}
	anchor := MustDate("2026-01-31")
	want := []string{"2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30",
		"2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30", "2026-12-31", "2027-01-31"}
	for k, w := range want {
		if got := r.Occurrence(anchor, k); got != MustDate(w) {
			t.Errorf("turn %d = %v, want %s", k, got, w)
		}
	}
}

func TestParseRepeat(t *testing.T) {
	cases := []struct {
		in      string
		want    Repeat
		wantErr bool
	}{
		{"", Repeat{}, false},
		{"none", Repeat{}, false},
		{"不重复", Repeat{}, false},
		{"daily", Repeat{1, RepeatDays}, false},
		{"weekly", Repeat{1, RepeatWeeks}, false},
		{"每月", Repeat{1, RepeatMonths}, false},
		{"yearly", Repeat{1, RepeatYears}, false},
		{"每年", Repeat{1, RepeatYears}, false},
		{"3d", Repeat{3, RepeatDays}, false},
		{"2w", Repeat{2, RepeatWeeks}, false},
		{" 2 W ", Repeat{2, RepeatWeeks}, false},
		{"6m", Repeat{6, RepeatMonths}, false},
		{"1y", Repeat{1, RepeatYears}, false},
		{"每2周", Repeat{2, RepeatWeeks}, false},
		{"每 3 个月", Repeat{3, RepeatMonths}, false},
		{"10天", Repeat{10, RepeatDays}, false},
		{"every 2 weeks", Repeat{2, RepeatWeeks}, false},
		{"0d", Repeat{}, true},
		{"1000d", Repeat{}, true},
		{"-2w", Repeat{}, true},
		{"2x", Repeat{}, true},
		{"fortnightly", Repeat{}, true},
	}
	for _, c := range cases {
		got, err := ParseRepeat(c.in)
		if (err != nil) != c.wantErr || got != c.want {
			t.Errorf("ParseRepeat(%q) = %v, %v; want %v, error %v", c.in, got, err, c.want, c.wantErr)
		}
		if err == nil && !got.IsZero() {
			back, err := ParseRepeat(got.Code())
			if err != nil || back != got {
				t.Errorf("ParseRepeat(%q.Code() = %q) = %v, %v", c.in, got.Code(), back, err)
			}
		}
	}
}

func TestRepeatTextAndValidate(t *testing.T) {
	cases := []struct {
		r      Repeat
		zh, en string
		ok     bool
	}{
		{Repeat{}, "", "", true},
		{Repeat{1, RepeatDays}, "每天", "every day", true},
		{Repeat{2, RepeatWeeks}, "每 2 周", "every 2 weeks", true},
		{Repeat{3, RepeatMonths}, "每 3 个月", "every 3 months", true},
		{Repeat{1, RepeatYears}, "每年", "every year", true},
		{Repeat{0, RepeatWeeks}, "", "", false},
		{Repeat{5, RepeatNone}, "", "", false},
		{Repeat{1, "fortnight"}, "", "", false},
	}
	for _, c := range cases {
		if err := c.r.Validate(); (err == nil) != c.ok {
			t.Errorf("%+v Validate = %v, want ok=%v", c.r, err, c.ok)
		}
		if !c.ok {
			continue
		}
		if got := c.r.Text(); got.Zh != c.zh || got.En != c.en {
			t.Errorf("%+v Text = %+v, want %q %q", c.r, got, c.zh, c.en)
		}
	}
}

func TestReminderValidateSetsAnchor(t *testing.T) {
	r := Reminder{DueOn: MustDate("2026-01-31"), Repeat: Repeat{1, RepeatMonths}}
	if err := r.Validate(); err != nil {
		t.Fatal(err)
	}
	if r.Anchor != r.DueOn {
		t.Errorf("anchor = %v, want the due day", r.Anchor)
	}
	bad := Reminder{DueOn: MustDate("2026-01-31"), Repeat: Repeat{0, RepeatMonths}}
	if err := bad.Validate(); err == nil {
		t.Error("a repeat of 0 months should be refused")
	}
}

func TestReminderAnsweredBy(t *testing.T) {
	cases := []struct {
		k    ReminderKind
		ch   Channel
		want bool
	}{
		{ReminderVisit, ChannelVisit, true},
		{ReminderVisit, ChannelMeeting, true},
		{ReminderVisit, ChannelCall, false},
		{ReminderCall, ChannelCall, true},
		{ReminderCall, ChannelVisit, true},
		{ReminderCall, ChannelWeChat, false},
		{ReminderFollowUp, ChannelVisit, true},
		{ReminderFollowUp, ChannelCall, true},
		{ReminderFollowUp, ChannelWeChat, true},
		{ReminderFollowUp, ChannelEmail, true},
		{ReminderFollowUp, ChannelOther, true},
		{ReminderOther, ChannelVisit, false},
		{ReminderOther, ChannelOther, false},
	}
	for _, c := range cases {
		if got := ReminderAnsweredBy(c.k, c.ch); got != c.want {
			t.Errorf("ReminderAnsweredBy(%s, %s) = %v, want %v", c.k, c.ch, got, c.want)
		}
	}
	// The kinds the store reads when a contact is logged are those some channel answers.
	for _, k := range ReminderKinds {
		answerable := false
		for _, ch := range Channels {
			answerable = answerable || ReminderAnsweredBy(ReminderKind(k.Code), Channel(ch.Code))
		}
		listed := false
		for _, a := range AnswerableReminderKinds {
			listed = listed || a == ReminderKind(k.Code)
		}
		if answerable != listed {
			t.Errorf("reminder kind %s: answered by some contact %v, listed as answerable %v", k.Code, answerable, listed)
		}
	}
}
