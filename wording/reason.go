package wording

import (
	"fmt"
	"strings"

	"guanxi/model"
)

// Why says in a line why a checklist item is due, in lang: the plan's interval, the note of a
// reminder, whose birthday, what the complaint is and whether its promise is broken, what is owed.
// User text in it is not yet made safe for a terminal.
func Why(it *model.ChecklistItem, lang model.Lang, today model.Date) string {
	t := func(zh, en string, args ...any) string {
		if lang == model.Zh {
			return fmt.Sprintf(zh, args...)
		}
		return fmt.Sprintf(en, args...)
	}
	md := func(d model.Date) string { return fmt.Sprintf("%02d-%02d", d.M, d.D) }
	var parts []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	r := it.Due
	switch {
	case it.IsGreeting():
		switch r.Occasion {
		case model.OccasionBirthday:
			if r.Person != "" {
				add(t("%s 生日 %s", "%s's birthday %s", r.Person, md(r.OccasionOn)))
			} else {
				add(t("生日 %s", "birthday %s", md(r.OccasionOn)))
			}
		case model.OccasionAnniversary:
			if r.Years == 0 { // its year is not known
				add(t("公司周年 %s", "company's anniversary %s", md(r.OccasionOn)))
			} else if lang == model.Zh {
				add(fmt.Sprintf("公司成立 %d 周年 %s", r.Years, md(r.OccasionOn)))
			} else {
				add(fmt.Sprintf("company's %s anniversary %s", ordinal(r.Years), md(r.OccasionOn)))
			}
		case model.OccasionFirstDeal:
			if r.Years == 1 {
				add(t("合作 %d 周年 %s", "%d year since the first deal %s", r.Years, md(r.OccasionOn)))
			} else {
				add(t("合作 %d 周年 %s", "%d years since the first deal %s", r.Years, md(r.OccasionOn)))
			}
		case model.OccasionHoliday:
			add(t("%s %s，给客户送上问候", "%s %s: send greetings", r.Holiday.In(lang), md(r.OccasionOn)))
		}
		if r.Yearly.Lunar {
			// The solar day moves every year: say which lunar day it is.
			add(model.YearlyDate{Lunar: true, Leap: r.Yearly.Leap, M: r.Yearly.M, D: r.Yearly.D}.Text(lang))
		}
	case it.Kind == model.ItemComplaint:
		sev := model.NameOf(model.Severities, fmt.Sprint(r.Severity), lang)
		add("[" + sev + "] " + it.Note)
		if r.Malicious {
			add(t("疑似恶意", "likely in bad faith"))
		}
		if r.Handler != "" {
			add(t("经办 %s", "handled by %s", r.Handler))
		}
		if it.Broken(today) {
			add(t("已失约：答复期限 %s", "promise broken: reply was due %s", it.DueOn))
		} else {
			add(t("答复期限 %s", "reply by %s", it.DueOn))
		}
	case it.Kind == model.ItemPayment:
		add(it.Note)
		add(t("欠款 %s", "owes %s", r.Owed))
	case it.IsPlanned():
		add(pick(lang, "按计划", "plan: ") + ContactEvery(r.Every, it.Kind == model.ItemCall, lang))
		if !r.PutOff.IsZero() {
			add(t("已从 %s 推迟", "put off from %s", r.PutOff))
		} else if !r.MovedFrom.IsZero() {
			add(t("原定 %s 是休息日，顺延到工作日", "moved from %s, a day off, to the next working day", r.MovedFrom))
		}
	default:
		add(it.Note)
		if !r.Repeat.IsZero() {
			add(r.Repeat.Text().In(lang))
		}
		if len(parts) == 0 {
			add(t("手动提醒", "reminder"))
		}
	}
	return strings.Join(parts, " · ")
}

// ordinal writes 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st.
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}
