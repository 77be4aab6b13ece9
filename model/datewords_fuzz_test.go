package model

import "testing"

// FuzzParseTypedDate explores the forms people type (ParseDate's readers, datewords.go): whatever
// it accepts falls in the years a typed date may name, lies within the reach of a relative form
// or names its year, and reads back the same when printed.
func FuzzParseTypedDate(f *testing.F) {
	for _, s := range []string{"大后天", "前天", "周五", "下周日", "下下周一", "上周五", "3天后", "2周后", "1个月后", "三十一天后",
		"下个月5号", "月底", "下个月底", "31号", "12月10日", "12-10", "12/10", "2026年12月10日", "2026/12/10", "20261210",
		"+2w", "next friday", "十五号", "九十九天前", "2月29日", "２０２６年１２月１０日", "下月", "周", "号", "月", "-", "12.",
		"1-2-3", "年底", "十十号", "二十号", "下周八", "36500天后", "36501个月后"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s, fuzzToday)
		if err != nil {
			return
		}
		if d.Y < firstTypedYear || d.Y > lastTypedYear {
			t.Fatalf("%q: accepted %v, outside %d–%d", s, d, firstTypedYear, lastTypedYear)
		}
		if back, err := ParseDate(d.String(), Date{2000, 1, 1}); err != nil || back != d {
			t.Fatalf("%q -> %v -> %v (%v)", s, d, back, err)
		}
	})
}

// FuzzParseWrittenAmount explores the amounts written with units (amountwords.go): whatever is
// accepted is within the bound, and a unit never makes an amount smaller than its plain number.
func FuzzParseWrittenAmount(f *testing.F) {
	for _, s := range []string{"5千", "3万5", "3万5千", "12.5万", "1.2亿", "1亿2", "1亿2000万", "¥5,000", "5000元", "8k",
		"5千5", "1,2,3", "3万56", "万5", "5万千", "1亿1万1千1百1", "9999亿", "0.01万", "块", "5块钱"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseAmount(s)
		if err != nil {
			return
		}
		if m < 0 || float64(m) > maxYuan*100 {
			t.Fatalf("%q: %d fen is out of bounds", s, m)
		}
		if back, err := ParseAmount(m.String()); err != nil || back != m {
			t.Fatalf("%q -> %d -> %q -> %d (%v)", s, m, m.String(), back, err)
		}
	})
}
