package model

import (
	"fmt"
	"strconv"
	"strings"
)

// A query written back in its canonical form, which parses to the same query.

// String writes the query in its canonical form, which parses back to the same query.
func (q *Query) String() string {
	if q == nil || q.Root == nil {
		return ""
	}
	return nodeString(q.Root, 0)
}

// precedence: or 1, and 2, not and terms 3.
func nodeString(n QueryNode, outer int) string {
	wrap := func(s string, prec int) string {
		if prec < outer {
			return "(" + s + ")"
		}
		return s
	}
	switch n := n.(type) {
	case *QueryOr:
		parts := make([]string, len(n.Parts))
		for i, p := range n.Parts {
			parts[i] = nodeString(p, 1)
		}
		return wrap(strings.Join(parts, " or "), 1)
	case *QueryAnd:
		parts := make([]string, len(n.Parts))
		for i, p := range n.Parts {
			parts[i] = nodeString(p, 2)
		}
		return wrap(strings.Join(parts, " "), 2)
	case *QueryNot:
		return "not " + nodeString(n.Part, 3)
	case *QueryCond:
		return n.String()
	}
	return ""
}

// String writes one term canonically: level:vip,key orders_12m>=¥500,000 last_contact>30d.
func (c *QueryCond) String() string {
	if c.Field == TextField {
		return quoteValue(c.Values[0], true)
	}
	name := c.Field
	switch {
	case c.WindowMonths > 0:
		name += "_" + strconv.Itoa(c.WindowMonths) + "m"
	case c.WindowDays > 0:
		name += "_" + strconv.Itoa(c.WindowDays) + "d"
	}
	var value string
	switch c.Kind() {
	case FieldMoney:
		value = strconv.FormatInt(c.Number/100, 10)
		if c.Number%100 != 0 {
			value = fmt.Sprintf("%d.%02d", c.Number/100, c.Number%100)
		}
	case FieldCount:
		value = strconv.FormatInt(c.Number, 10)
	case FieldDays:
		value = strconv.FormatInt(c.Number, 10) + "d"
	default:
		vs := make([]string, len(c.Values))
		for i, v := range c.Values {
			vs[i] = quoteValue(v, false)
		}
		value = strings.Join(vs, ",")
	}
	return name + c.Op + value
}

// quoteValue quotes a value that would not read back as one plain word.
func quoteValue(v string, bare bool) string {
	plain := v != "" && !strings.ContainsFunc(v, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune("()（）\"“”「」,，、", r) || bare && strings.ContainsRune(":：<>=＞＜≥≤≠＝!", r)
	})
	if plain && bare {
		switch strings.ToLower(v) {
		case "or", "|", "||", "或", "或者", "and", "&", "&&", "且", "并且", "not", "!", "非", "不是":
			plain = false
		}
		if strings.HasPrefix(v, "-") {
			plain = false
		}
	}
	if plain {
		return v
	}
	if !strings.Contains(v, `"`) {
		return `"` + v + `"`
	}
	return "「" + v + "」"
}
