package model

import (
	"strings"
	"unicode/utf8"
)

// QueryHint is what a search box shows under a query while it is typed: what can come next at the
// end, or why the query cannot be read.
type QueryHint struct {
	// Err is set when the query cannot be read and the trouble is not just the word being typed.
	Err *QueryError
	// Next says what may follow at the end of the query; empty when there is nothing to add.
	Next Text
}

// QueryExample is the example a hint shows for an empty query.
var QueryExample = Text{
	"条件如 level:vip region:上海 orders>1万 last_contact>30d，可用 or、not 和括号",
	"terms like level:vip region:上海 orders>1万 last_contact>30d, with or, not and brackets",
}

// HintQuery returns the hint for a query as typed so far.
func HintQuery(src string) QueryHint {
	if strings.TrimSpace(src) == "" {
		return QueryHint{Next: QueryExample}
	}
	_, err := ParseQuery(src)
	var qe *QueryError
	if e, ok := err.(*QueryError); ok {
		qe = e
	}
	start := lastWordStart(src)
	if start < len(src) {
		if next, ok := complete(src[start:]); ok && (qe == nil || qe.Pos >= start) {
			return QueryHint{Next: next}
		}
	}
	return QueryHint{Err: qe}
}

// lastWordStart returns where the word being typed starts: after the last space or bracket.
func lastWordStart(src string) int {
	start := len(src)
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(src[:start])
		if isSpace(r) || strings.ContainsRune("()（）", r) {
			break
		}
		start -= size
	}
	return start
}

// complete says what may finish the word being typed: field names for a partial field, values
// for a field with a partial value.
func complete(word string) (Text, bool) {
	if strings.HasPrefix(word, "-") {
		word = word[1:]
	}
	if word == "" || strings.ContainsAny(word[:1], "\"“「") {
		return Text{}, false
	}
	at, size, op, ok := splitOp(word, nil)
	if !ok {
		return completeField(word)
	}
	name, value := word[:at], word[at+size:]
	base, _, _, windowed := splitWindow(name)
	f, known := lookupField(base)
	if !known || windowed && !f.Window {
		if f, known = lookupField(name); !known {
			return Text{}, false
		}
	}
	switch f.Kind {
	case FieldCode:
		return completeCode(f, value)
	case FieldMoney, FieldCount, FieldDays:
		if value != "" || op == ":" {
			return Text{}, false
		}
		return kindHint(f), true
	}
	if value != "" {
		return Text{}, false
	}
	return kindHint(f), true
}

// completeField lists the fields whose name or alias starts with what was typed.
func completeField(word string) (Text, bool) {
	w := strings.ToLower(word)
	var zh, en []string
	for _, f := range QueryFields() {
		match := strings.HasPrefix(f.Name, w)
		for _, a := range f.Aliases {
			match = match || strings.HasPrefix(a, w)
		}
		if match && !(len(f.Name) == len(w) && len(f.Aliases) == 0) {
			zh = append(zh, fieldPrompt(f)+" "+f.Help.Zh)
			en = append(en, fieldPrompt(f)+" "+f.Help.En)
		}
	}
	if len(zh) == 0 {
		return Text{}, false
	}
	return Text{strings.Join(zh, " · "), strings.Join(en, " · ")}, true
}

// fieldPrompt is a field as a hint offers it: level: or orders>.
func fieldPrompt(f QueryField) string {
	switch f.Kind {
	case FieldMoney, FieldCount, FieldDays:
		return f.Name + ">"
	}
	return f.Name + ":"
}

// completeCode lists the codes of a field that start with the value typed so far (the last of a
// comma list), or nothing when the value is complete.
func completeCode(f QueryField, value string) (Text, bool) {
	vals := splitValues(value, nil)
	partial := ""
	if len(vals) > 0 && !strings.HasSuffix(strings.TrimSpace(value), ",") {
		partial = vals[len(vals)-1]
	}
	if partial != "" {
		if _, err := LookupCode(f.Codes, f.Name, partial); err == nil {
			return Text{}, false
		}
	}
	p := strings.ToLower(partial)
	var zh, en []string
	for _, c := range f.Codes {
		if p == "" || strings.HasPrefix(strings.ToLower(c.Code), p) || strings.HasPrefix(c.Name.Zh, partial) ||
			strings.HasPrefix(strings.ToLower(c.Name.En), p) {
			zh = append(zh, c.Code+" "+c.Name.Zh)
			en = append(en, c.Code+" "+c.Name.En)
		}
	}
	if len(zh) == 0 {
		return Text{}, false
	}
	return Text{f.Help.Zh + "：" + strings.Join(zh, " · "), f.Help.En + ": " + strings.Join(en, " · ")}, true
}

// kindHint says what value a field takes, with an example.
func kindHint(f QueryField) Text {
	var t Text
	switch f.Kind {
	case FieldMoney:
		t = Text{"金额，如 1万、50万、¥1.5万", "an amount, e.g. 1万, 50万, ¥1.5万"}
	case FieldCount:
		t = Text{"次数，如 2", "a count, e.g. 2"}
	case FieldDays:
		t = Text{"天数，如 30d、2w、3m", "days, e.g. 30d, 2w, 3m"}
	case FieldTag:
		t = Text{"一个完整的标签", "one whole tag"}
	case FieldType:
		t = Text{"性格类型的代码或名称", "a personality type's code or name"}
	default:
		t = Text{"包含的文字", "text it contains"}
	}
	if f.Window {
		t.Zh += "；可加时间窗口，如 " + f.Name + "_12m、" + f.Name + "_30d"
		t.En += "; a window may follow the name, e.g. " + f.Name + "_12m, " + f.Name + "_30d"
	}
	return Text{f.Help.Zh + "：" + t.Zh + "（例 " + f.Example + "）", f.Help.En + ": " + t.En + " (e.g. " + f.Example + ")"}
}
