package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Money is an amount in fen (分), the hundredth of a yuan, so sums stay exact.
type Money int64

// Yuan returns the amount in yuan, for JSON and reports.
func (m Money) Yuan() float64 { return float64(m) / 100 }

// MoneyFromYuan converts yuan to fen, rounding to the nearest fen.
// An amount past what an int64 of fen holds becomes the largest Money, which no record accepts
// (MaxMoney), instead of whatever the conversion would wrap it to.
func MoneyFromYuan(y float64) Money {
	fen := math.Round(y * 100)
	switch {
	case fen >= math.MaxInt64:
		return math.MaxInt64
	case fen <= math.MinInt64:
		return math.MinInt64
	}
	return Money(fen)
}

// String formats the amount with thousands separators: ¥5,000,000 or ¥1,234.50.
func (m Money) String() string {
	neg := m < 0
	if neg {
		m = -m
	}
	yuan, fen := int64(m)/100, int64(m)%100
	s := groupThousands(strconv.FormatInt(yuan, 10))
	if fen != 0 {
		s += fmt.Sprintf(".%02d", fen)
	}
	if neg {
		return "-¥" + s
	}
	return "¥" + s
}

// Short formats the amount compactly for narrow columns: ¥8,500, ¥12.3万, ¥1.5亿.
func (m Money) Short() string {
	y := m.Yuan()
	a := math.Abs(y)
	sign := ""
	if y < 0 {
		sign = "-"
	}
	switch {
	case a >= 1e8:
		return sign + "¥" + trimZero(strconv.FormatFloat(a/1e8, 'f', 1, 64)) + "亿"
	case a >= 1e5:
		return sign + "¥" + trimZero(strconv.FormatFloat(a/1e4, 'f', 1, 64)) + "万"
	}
	return sign + "¥" + groupThousands(strconv.FormatInt(int64(math.Round(a)), 10))
}

func trimZero(s string) string { return strings.TrimSuffix(s, ".0") }

// GroupThousands writes a count with its thousands grouped: 2,000 and 100,000.
func GroupThousands(n int) string {
	if n < 0 {
		return "-" + groupThousands(strconv.Itoa(-n))
	}
	return groupThousands(strconv.Itoa(n))
}

func groupThousands(digits string) string {
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// maxYuan bounds amounts as MaxMoney does, so fen never overflow int64.
const maxYuan = float64(MaxMoney / 100)

// ParseAmount reads an amount as people write it: 5000000, 5,000,000, ¥5,000, 5000元, 5千, 500万,
// ¥1.5万, 3万5, 1.2亿, ￥8,800.50 (the forms are read in amountwords.go). Negative amounts, a
// thousands group of other than three digits and more than two decimals of a yuan are refused.
func ParseAmount(s string) (Money, error) {
	if strings.TrimSpace(s) == "" {
		return 0, fmt.Errorf("no amount given: write it like 5000, 5,000 or 1.5万")
	}
	yuan, err := readAmount(s)
	if err != nil {
		return 0, err
	}
	if yuan > maxYuan {
		return 0, fmt.Errorf("amount %q is too large", s)
	}
	fen := math.Round(yuan * 100)
	if math.Abs(fen-yuan*100) > 1e-6*math.Max(1, fen) {
		return 0, fmt.Errorf("amount %q: a yuan has at most two decimals (fen)", s)
	}
	return Money(fen), nil
}
