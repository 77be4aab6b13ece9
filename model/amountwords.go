package model

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Amounts as people write them: 5000, 5,000, ¥5,000, 5000元, 5千, 1.5万, 12.5万, 3万5 (35,000),
// 3万5千, 1.2亿, 1亿2000万, 8k, 2w. ParseAmount reads every amount the program takes, from a
// form, a flag, a file or a query, through readAmount.

// amountUnits are the units an amount's parts may carry, in yuan.
var amountUnits = map[string]float64{"亿": 1e8, "万": 1e4, "w": 1e4, "千": 1e3, "k": 1e3, "百": 1e2}

// amountErr is the one sentence for an amount that cannot be read.
func amountErr(s string) error {
	return fmt.Errorf("amount %q: write a positive number like 5000, 5,000, 5千 or 1.5万", s)
}

// readAmount reads the yuan of an amount, before the bounds and the fen are checked.
func readAmount(s string) (float64, error) {
	t := normaliseTyped(s)
	t = strings.TrimLeft(t, "¥￥")
	for _, p := range []string{"rmb", "cny"} {
		t = strings.TrimPrefix(t, p)
	}
	for _, suffix := range []string{"人民币", "块钱", "元", "块"} {
		if strings.HasSuffix(t, suffix) {
			t = strings.TrimSuffix(t, suffix)
			break
		}
	}
	t = strings.ReplaceAll(t, "，", ",")
	if t == "" {
		return 0, amountErr(s)
	}
	total := 0.0
	last := math.Inf(1) // the unit of the part before: each part's unit is smaller
	for t != "" {
		i := 0
		for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '.' || t[i] == ',') {
			i++
		}
		num, rest := t[:i], t[i:]
		v, ok := readPlainNumber(num)
		if !ok {
			return 0, amountErr(s)
		}
		unit, size := 0.0, 0
		for w, u := range amountUnits {
			if strings.HasPrefix(rest, w) {
				unit, size = u, len(w)
			}
		}
		switch {
		case unit == 0 && rest != "":
			return 0, amountErr(s)
		case unit == 0 && math.IsInf(last, 1):
			unit = 1 // a plain number
		case unit == 0:
			// 3万5 is 3.5万: a bare number after a unit counts in the next unit down.
			if strings.Contains(num, ".") || len(num) > 1 {
				return 0, amountErr(s)
			}
			unit = last / 10
		case unit >= last:
			return 0, amountErr(s)
		}
		total += v * unit
		last = unit
		t = rest[size:]
	}
	return total, nil
}

// readPlainNumber reads digits with an optional decimal point and thousands commas, each group
// after the first exactly three digits (1,2,3 is a slip, not 123).
func readPlainNumber(num string) (float64, bool) {
	if num == "" {
		return 0, false
	}
	if strings.Contains(num, ",") {
		whole, _, _ := strings.Cut(num, ".")
		if strings.Contains(num[len(whole):], ",") {
			return 0, false
		}
		groups := strings.Split(whole, ",")
		if len(groups[0]) < 1 || len(groups[0]) > 3 {
			return 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false
			}
		}
		num = strings.ReplaceAll(num, ",", "")
	}
	if strings.Count(num, ".") > 1 || strings.Trim(num, ".") == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(num, 64)
	return v, err == nil
}
