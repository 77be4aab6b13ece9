package model

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// One term of a query: field, operator and values, each checked against the field's kind, with the
// errors that name what was meant.

// operators, longest first so >= is found before >.
var operators = []struct{ sym, op string }{
	{">=", ">="}, {"<=", "<="}, {"!=", "!="}, {"≥", ">="}, {"≤", "<="}, {"≠", "!="}, {"＞", ">"}, {"＜", "<"},
	{">", ">"}, {"<", "<"}, {"=", "="}, {":", ":"}, {"：", ":"}, {"＝", "="},
}

// splitOp finds the first operator outside quotes in a word: its offset, length and meaning.
func splitOp(word string, lit []bool) (at, size int, op string, ok bool) {
	for k := 0; k < len(word); k++ {
		if k < len(lit) && lit[k] {
			continue
		}
		for _, o := range operators {
			if strings.HasPrefix(word[k:], o.sym) {
				return k, len(o.sym), o.op, true
			}
		}
	}
	return 0, 0, "", false
}

func lookupField(name string) (QueryField, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, f := range QueryFields() {
		if f.Name == n {
			return f, true
		}
		for _, a := range f.Aliases {
			if a == n {
				return f, true
			}
		}
	}
	return QueryField{}, false
}

// splitWindow reads a window suffix: orders_12m → orders, 0 days, 12 months.
func splitWindow(name string) (base string, days, months int, ok bool) {
	k := strings.LastIndex(name, "_")
	if k < 0 {
		return name, 0, 0, false
	}
	suffix := strings.ToLower(name[k+1:])
	if len(suffix) < 2 {
		return name, 0, 0, false
	}
	n, err := strconv.Atoi(suffix[:len(suffix)-1])
	if err != nil || n <= 0 || n > 36500 {
		return name, 0, 0, false
	}
	switch suffix[len(suffix)-1] {
	case 'd':
		return name[:k], n, 0, true
	case 'w':
		return name[:k], 7 * n, 0, true
	case 'm':
		return name[:k], 0, n, true
	case 'y':
		return name[:k], 0, 12 * n, true
	}
	return name, 0, 0, false
}

// cond reads one term.
func (p *parser) cond(t token) (QueryNode, error) {
	if t.quoted {
		return &QueryCond{Field: TextField, Op: ":", Values: []string{t.text}, Pos: t.pos, End: t.end}, nil
	}
	opAt, opLen, op, ok := splitOp(t.text, t.lit)
	if !ok {
		return &QueryCond{Field: TextField, Op: ":", Values: []string{t.text}, Pos: t.pos, End: t.end}, nil
	}
	fieldName, value := t.text[:opAt], t.text[opAt+opLen:]
	valLit := t.lit[opAt+opLen:]
	fieldEnd, valPos := t.offset(opAt), t.offset(opAt+opLen)
	if fieldName == "" {
		return nil, qerr(t.pos, valPos, "运算符前面缺少字段，例如 orders>1万", "a field is missing before the operator, e.g. orders>1万")
	}
	base, days, months, windowed := splitWindow(fieldName)
	f, known := lookupField(base)
	if !known || windowed && !f.Window {
		if f2, ok := lookupField(fieldName); ok {
			f, known, windowed, days, months = f2, true, false, 0, 0
		}
	}
	if !known {
		msg := Text{fmt.Sprintf("没有“%s”这个字段", fieldName), fmt.Sprintf("no field %q", fieldName)}
		if guess := guessField(base); guess != "" {
			msg.Zh += "，是不是 " + guess + "？"
			msg.En += "; did you mean " + guess + "?"
		}
		return nil, &QueryError{t.pos, fieldEnd, msg}
	}
	if windowed && !f.Window {
		return nil, qerr(t.pos, fieldEnd, fmt.Sprintf("字段 %s 不能带时间窗口", f.Name), fmt.Sprintf("field %s takes no time window", f.Name))
	}
	c := &QueryCond{Field: f.Name, Op: op, WindowDays: days, WindowMonths: months, Pos: t.pos, End: t.end}
	if strings.TrimSpace(value) == "" {
		return nil, qerr(valPos, valPos, fmt.Sprintf("%s 后面缺少值，例如 %s", f.Name+opShown(op), f.Example),
			fmt.Sprintf("a value is missing after %s, e.g. %s", f.Name+opShown(op), f.Example))
	}
	switch f.Kind {
	case FieldCode, FieldText, FieldTag, FieldType:
		if op != ":" && op != "=" && op != "!=" {
			return nil, qerr(fieldEnd, valPos, fmt.Sprintf("%s 只能用 : 或 != 比较", f.Name), fmt.Sprintf("%s takes only : or !=", f.Name))
		}
		if op == "=" {
			c.Op = ":"
		}
		for _, v := range splitValues(value, valLit) {
			if f.Kind == FieldCode {
				code, err := LookupCode(f.Codes, f.Name, v)
				if err != nil {
					names := make([]string, len(f.Codes))
					for i, cd := range f.Codes {
						names[i] = cd.Code
					}
					return nil, qerr(valPos, t.end, fmt.Sprintf("%s 没有“%s”，可选：%s", f.Name, v, codeNames(f.Codes, Zh)),
						fmt.Sprintf("%s has no %q; use one of %s", f.Name, v, strings.Join(names, ", ")))
				}
				v = code
			}
			c.Values = append(c.Values, v)
		}
		if len(c.Values) == 0 {
			return nil, qerr(valPos, t.end, "缺少值", "a value is missing")
		}
	case FieldMoney:
		m, err := ParseAmount(value)
		if err != nil {
			return nil, qerr(valPos, t.end, fmt.Sprintf("“%s”不是金额，可写 5000、1.5万、¥500万", value), fmt.Sprintf("%q is not an amount: write 5000, 1.5万 or ¥500万", value))
		}
		c.Number = int64(m)
	case FieldCount:
		n, err := strconv.Atoi(strings.TrimSpace(strings.TrimRight(value, "次个种")))
		if err != nil || n < 0 || n > 1_000_000_000 {
			return nil, qerr(valPos, t.end, fmt.Sprintf("“%s”不是次数，请写整数", value), fmt.Sprintf("%q is not a count: write a whole number", value))
		}
		c.Number = int64(n)
	case FieldDays:
		n, ok := parseDays(value)
		if !ok {
			return nil, qerr(valPos, t.end, fmt.Sprintf("“%s”不是天数，可写 30、30d、2w、3m", value), fmt.Sprintf("%q is not a number of days: write 30, 30d, 2w or 3m", value))
		}
		c.Number = int64(n)
	}
	if c.Op == "=" {
		c.Op = ":"
	}
	return c, nil
}

func opShown(op string) string {
	if op == "=" {
		return ":"
	}
	return op
}

// splitValues reads a list of values separated by commas (also ， 、) outside quotes.
func splitValues(v string, lit []bool) []string {
	var out []string
	start := 0
	flush := func(end int) {
		if p := strings.TrimSpace(v[start:end]); p != "" {
			out = append(out, p)
		}
	}
	for k := 0; k < len(v); {
		r, size := utf8.DecodeRuneInString(v[k:])
		if (r == ',' || r == '，' || r == '、') && !(k < len(lit) && lit[k]) {
			flush(k)
			start = k + size
		}
		k += size
	}
	flush(len(v))
	return out
}

// parseDays reads 30, 30d, 30天, 2w, 2周, 3m, 3个月 (30 days each), 1y, 1年 (365 days).
func parseDays(v string) (int, bool) {
	// Typed as dates are (datewords.go): full-width digits, and Chinese numerals such as 三十天.
	t := normaliseTyped(v)
	mult := 1
	for _, u := range []struct {
		suffix string
		mult   int
	}{{"个月", 30}, {"天", 1}, {"日", 1}, {"周", 7}, {"月", 30}, {"年", 365}, {"d", 1}, {"w", 7}, {"m", 30}, {"y", 365}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSuffix(t, u.suffix), u.mult
			break
		}
	}
	n, ok := smallNumber(t)
	if !ok || n < 0 || n > 36500 {
		return 0, false
	}
	return min(n*mult, 36500*2), true
}

func codeNames(codes []Code, lang Lang) string {
	names := make([]string, len(codes))
	for i, c := range codes {
		if lang == Zh {
			names[i] = c.Code + "（" + c.Name.Zh + "）"
		} else {
			names[i] = c.Code
		}
	}
	return strings.Join(names, "、")
}
