package exchange

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/emersion/go-vcard"

	"guanxi/model"
)

// The dates of a card that a plain date cannot hold: a birthday without a year (vCard 4's --MMDD,
// and iOS's year 1604 marked X-APPLE-OMIT-YEAR) and a lunar birthday (BDAY;CALSCALE=chinese, and
// the X-ALTBDAY;CALSCALE=chinese that Apple's Contacts writes beside the solar BDAY).

// appleOmitYear is the year iOS writes in a date whose year is not known.
const appleOmitYear = "1604"

// cardBirthday reads the birthday of a card; a lunar one wins over the solar BDAY beside it, and
// gives the solar day of birth when its year is known. raw is the text read, for messages.
func cardBirthday(card vcard.Card) (b model.Birthday, raw string, err error) {
	for _, f := range card["X-ALTBDAY"] {
		if isChinese(f) {
			raw = strings.TrimSpace(f.Value)
			y, err := parseLunarCardDate(raw)
			if err != nil {
				return b, raw, err
			}
			return model.Birthday{Solar: y.Solar(), Yearly: y}, raw, nil
		}
	}
	f := card.Get(vcard.FieldBirthday)
	if f == nil || strings.TrimSpace(f.Value) == "" {
		return b, "", nil
	}
	raw = strings.TrimSpace(unescapeText(f.Value))
	if isChinese(f) {
		y, err := parseLunarCardDate(raw)
		if err != nil {
			return b, raw, err
		}
		return model.Birthday{Solar: y.Solar(), Yearly: y}, raw, nil
	}
	b, err = parseCardDate(raw, f.Params.Get("X-APPLE-OMIT-YEAR"))
	return b, raw, err
}

// isChinese tells whether a date of a card is of the Chinese calendar.
func isChinese(f *vcard.Field) bool {
	return strings.EqualFold(f.Params.Get("CALSCALE"), "chinese")
}

// parseCardDate reads a solar date of a card: a date, --MMDD or --MM-DD without a year, or a date
// whose year is the one X-APPLE-OMIT-YEAR names (iOS writes 1604-03-15 for 15 March).
func parseCardDate(v, omitYear string) (model.Birthday, error) {
	if omitYear != "" && strings.HasPrefix(v, omitYear) {
		v = "--" + strings.TrimPrefix(strings.TrimPrefix(v, omitYear), "-")
	}
	return model.ParseBirthday(v)
}

// parseLunarCardDate reads a lunar date of a card: YYYYMMDD or YYYY-MM-DD of the lunar year,
// --MMDD without a year, or Apple's twelve digits: the sexagenary cycle, the year in the cycle,
// the month and the day (007800021101 is the first day of the eleventh month of 1985).
func parseLunarCardDate(v string) (model.YearlyDate, error) {
	digits := strings.ReplaceAll(v, "-", "")
	bad := fmt.Errorf("lunar date %q: not a date", v)
	if _, err := strconv.Atoi(digits); err != nil || digits == "" {
		return model.YearlyDate{}, bad
	}
	var text string
	switch {
	case strings.HasPrefix(v, "--") && len(digits) == 4:
		text = "lunar " + digits[:2] + "-" + digits[2:]
	case len(digits) == 8:
		text = "lunar " + digits[:4] + "-" + digits[4:6] + "-" + digits[6:]
	case len(digits) == 12:
		cycle, _ := strconv.Atoi(digits[:4])
		inCycle, _ := strconv.Atoi(digits[4:8])
		if inCycle < 1 || inCycle > 60 {
			return model.YearlyDate{}, bad
		}
		// The 78th cycle began in 1984, 甲子.
		text = fmt.Sprintf("lunar %04d-%s-%s", 1984+(cycle-78)*60+inCycle-1, digits[8:10], digits[10:])
	default:
		return model.YearlyDate{}, bad
	}
	y, err := model.ParseYearlyDate(text)
	if err != nil {
		return model.YearlyDate{}, bad
	}
	return y, nil
}

// appleLunarDate writes a lunar date with its year as Apple's twelve digits.
func appleLunarDate(y model.YearlyDate) string {
	n := y.Y - 1984
	cycle, inCycle := 78+floorDiv(n, 60), n-floorDiv(n, 60)*60+1
	return fmt.Sprintf("%04d%04d%02d%02d", cycle, inCycle, y.M, y.D)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// setBirthday writes a birthday or anniversary to a card: the solar date as setDate does; a date
// without a year as --MMDD in vCard 4 and as iOS writes it in vCard 3; a lunar date as Apple's
// X-ALTBDAY;CALSCALE=chinese (a birthday only: no other date of a card has a lunar form).
func setBirthday(card vcard.Card, key string, solar model.Date, y model.YearlyDate, v4 bool) {
	y = model.KeptYearly(solar, y)
	switch {
	case y.IsZero() || y.Lunar:
		setDate(card, key, solar, v4)
	case v4:
		card.SetValue(key, fmt.Sprintf("--%02d%02d", y.M, y.D))
	default:
		card.Set(key, &vcard.Field{Value: fmt.Sprintf("%s-%02d-%02d", appleOmitYear, y.M, y.D),
			Params: vcard.Params{"X-APPLE-OMIT-YEAR": {appleOmitYear}}})
	}
	if y.Lunar && key == vcard.FieldBirthday {
		v := fmt.Sprintf("--%02d%02d", y.M, y.D)
		if y.Y != 0 {
			v = appleLunarDate(y)
		}
		card.Set("X-ALTBDAY", &vcard.Field{Value: v, Params: vcard.Params{"CALSCALE": {"chinese"}}})
	}
}
