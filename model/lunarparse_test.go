package model

import "testing"

func TestParseLunarDate(t *testing.T) {
	tests := []struct {
		in    string
		want  LunarDate
		lunar bool
		ok    bool
	}{
		{"农历八月十五", LunarDate{0, 8, 15, false}, true, true},
		{"农历1980年八月十五", LunarDate{1980, 8, 15, false}, true, true},
		{"农历正月初一", LunarDate{0, 1, 1, false}, true, true},
		{"正月初一", LunarDate{0, 1, 1, false}, true, true},
		{"腊月廿三", LunarDate{0, 12, 23, false}, true, true},
		{"农历冬月三十", LunarDate{0, 11, 30, false}, true, true},
		{"农历十一月十一", LunarDate{0, 11, 11, false}, true, true},
		{"农历十二月二十", LunarDate{0, 12, 20, false}, true, true},
		{"农历二月二十九", LunarDate{0, 2, 29, false}, true, true},
		{"农历闰四月初八", LunarDate{0, 4, 8, true}, true, true},
		{"农历2023年闰二月初一", LunarDate{2023, 2, 1, true}, true, true},
		{"阴历8月15日", LunarDate{0, 8, 15, false}, true, true},
		{"农历 8月15", LunarDate{0, 8, 15, false}, true, true},
		{"lunar 1980-08-15", LunarDate{1980, 8, 15, false}, true, true},
		{"Lunar 08-15", LunarDate{0, 8, 15, false}, true, true},
		{"lunar leap 2023-02-01", LunarDate{2023, 2, 1, true}, true, true},
		{"农历：初五", LunarDate{}, true, false},
		{"农历2024年闰四月初八", LunarDate{}, true, false}, // 2024 has no leap month
		{"农历2024年腊月三十", LunarDate{}, true, false},  // its twelfth month has 29 days
		{"农历十三月初一", LunarDate{}, true, false},
		{"农历八月三十一", LunarDate{}, true, false},
		{"lunar 1980-8", LunarDate{}, true, false},
		{"lunar 80-08-15", LunarDate{}, true, false},
		{"农历", LunarDate{}, true, false},
		// Not written as lunar dates: the caller reads them otherwise.
		{"1980-08-15", LunarDate{}, false, true},
		{"8月15日", LunarDate{}, false, true},
		{"八月十五", LunarDate{}, false, true},
		{"1985年3月7日", LunarDate{}, false, true},
		{"", LunarDate{}, false, true},
	}
	for _, tt := range tests {
		got, lunar, err := ParseLunarDate(tt.in)
		if lunar != tt.lunar || (err == nil) != tt.ok || (tt.ok && tt.lunar && got != tt.want) {
			t.Errorf("ParseLunarDate(%q) = %+v, %v, %v; want %+v, %v, ok %v", tt.in, got, lunar, err, tt.want, tt.lunar, tt.ok)
		}
	}
}

func FuzzParseLunarDate(f *testing.F) {
	for _, s := range []string{"农历八月十五", "lunar 1980-08-15", "腊月廿三", "农历闰四月初八", "农历2023年闰二月初一"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, lunar, err := ParseLunarDate(s)
		if err == nil && lunar && !d.valid() {
			t.Errorf("ParseLunarDate(%q) = %+v, which is not a day", s, d)
		}
	})
}
