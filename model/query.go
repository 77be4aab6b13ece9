package model

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The query language of dynamic lists (动态客户列表). A query is terms joined by `and` (or just a
// space), `or`, `not` (or a leading -) and parentheses. A term is a field, an operator and a value:
//
//	level:vip region:上海 orders>1万 last_contact>30d type:犹豫型
//	(level:vip,key or abc:A) not stage:lost contacts_30d>=2
//
// A word without a field searches the customer's name, company, phone, tags, region and industry.
// Fields and values take their Chinese names too (级别:VIP客户 地区:上海 订单>1万). Errors carry
// the position of what is wrong.

// FieldKind says what a query field compares and which operators it takes.
type FieldKind int

// The kinds of query field.
const (
	FieldCode  FieldKind = iota // one of a code list: level, stage …; `:` `=` `!=`
	FieldText                   // a part of a text: region, industry …; `:` `=` `!=`
	FieldTag                    // one whole tag
	FieldType                   // a personality type, by code or name
	FieldMoney                  // an amount: orders, owed; `:` `=` `!=` `>` `>=` `<` `<=`
	FieldCount                  // a number of records: deals, contacts …
	FieldDays                   // days since a date: last_contact …; never counts as longest ago
)

// QueryField is one field of the query language.
type QueryField struct {
	Name    string
	Aliases []string // other names, Chinese first
	Kind    FieldKind
	Codes   []Code // for FieldCode
	Window  bool   // takes a window suffix: orders_12m, contacts_30d
	Help    Text
	Example string
}

// QueryFields lists every field, in the order hints show them.
var QueryFields = []QueryField{
	{"level", []string{"级别"}, FieldCode, LevelCodes, false, Text{"客户级别", "level"}, "level:vip"},
	{"stage", []string{"阶段"}, FieldCode, Stages, false, Text{"阶段", "stage"}, "stage:customer"},
	{"relation", []string{"关系"}, FieldCode, Relations, false, Text{"关系深度", "relationship"}, "relation:partner"},
	{"kind", []string{"性质"}, FieldCode, Kinds, false, Text{"个人或企业", "person or organisation"}, "kind:organisation"},
	{"region", []string{"地区"}, FieldText, nil, false, Text{"地区", "region"}, "region:上海"},
	{"industry", []string{"行业"}, FieldText, nil, false, Text{"行业", "industry"}, "industry:机械"},
	{"company", []string{"公司"}, FieldText, nil, false, Text{"公司", "company"}, "company:恒达"},
	{"name", []string{"姓名", "名称"}, FieldText, nil, false, Text{"姓名", "name"}, "name:王"},
	{"source", []string{"来源"}, FieldText, nil, false, Text{"来源", "source"}, "source:展会"},
	{"tag", []string{"标签"}, FieldTag, nil, false, Text{"标签", "tag"}, "tag:老客户"},
	{"type", []string{"性格"}, FieldType, nil, false, Text{"性格类型", "personality type"}, "type:犹豫型"},
	{"abc", []string{"价值"}, FieldCode, ABCCodes, false, Text{"价值分类", "value class"}, "abc:A"},
	{"tenure", []string{"新老"}, FieldCode, TenureCodes, false, Text{"新老客户", "old or new"}, "tenure:old"},
	{"lapse", []string{"状态"}, FieldCode, LapseCodes, false, Text{"休眠或流失", "dormant or lost"}, "lapse:lost"},
	{"activity", []string{"活跃度"}, FieldCode, ActivityCodes, false, Text{"活跃度", "activity"}, "activity:active"},
	{"orders", []string{"订单", "成交额"}, FieldMoney, nil, true, Text{"订单金额", "order total"}, "orders_12m>50万"},
	{"owed", []string{"欠款"}, FieldMoney, nil, false, Text{"欠款", "amount owed"}, "owed>0"},
	{"deals", []string{"成交次数"}, FieldCount, nil, true, Text{"成交次数", "number of deals"}, "deals>=2"},
	{"contacts", []string{"联系次数"}, FieldCount, nil, true, Text{"联系次数", "contacts logged"}, "contacts_30d>=2"},
	{"complaints", []string{"投诉"}, FieldCount, nil, true, Text{"投诉次数", "complaints"}, "complaints_12m>1"},
	{"products", []string{"产品数"}, FieldCount, nil, false, Text{"买过几种产品", "products bought"}, "products<=2"},
	{"last_contact", []string{"上次联系"}, FieldDays, nil, false, Text{"距上次联系天数", "days since last contact"}, "last_contact>30d"},
	{"last_deal", []string{"上次成交"}, FieldDays, nil, false, Text{"距上次成交天数", "days since last deal"}, "last_deal>90d"},
	{"first_deal", []string{"首单"}, FieldDays, nil, false, Text{"距首单天数", "days since first deal"}, "first_deal>365d"},
}

// TextField is the field of a word without one: a search of the customer's searchable text.
const TextField = "text"

// Query is a parsed query. A nil Root selects every customer.
type Query struct {
	Src  string
	Root QueryNode
}

// QueryNode is a part of a parsed query: *QueryAnd, *QueryOr, *QueryNot or *QueryCond.
type QueryNode interface{ queryNode() }

// QueryAnd holds when all its parts hold.
type QueryAnd struct{ Parts []QueryNode }

// QueryOr holds when any of its parts holds.
type QueryOr struct{ Parts []QueryNode }

// QueryNot holds when its part does not.
type QueryNot struct{ Part QueryNode }

// QueryCond is one term: a field compared with a value.
type QueryCond struct {
	Field  string   // a QueryField's Name, or TextField
	Op     string   // ":" (matches), "!=", "=", ">", ">=", "<", "<="
	Values []string // codes or texts, any of which matches (code, text, tag and type fields)
	Number int64    // fen, a count or days (money, count and day fields)
	// WindowDays or WindowMonths bound a windowed figure to the last days or months; both zero
	// means all time.
	WindowDays, WindowMonths int
	Pos, End                 int // byte offsets of the term in Src
}

func (*QueryAnd) queryNode()  {}
func (*QueryOr) queryNode()   {}
func (*QueryNot) queryNode()  {}
func (*QueryCond) queryNode() {}

// Since returns the first day a windowed figure counts, or the zero date for all time.
func (c *QueryCond) Since(today Date) Date {
	switch {
	case c.WindowMonths > 0:
		return LastMonths(today, c.WindowMonths)
	case c.WindowDays > 0:
		return LastDays(today, c.WindowDays)
	}
	return Date{}
}

// Kind returns the kind of the condition's field; a word without a field is text.
func (c *QueryCond) Kind() FieldKind {
	if f, ok := lookupField(c.Field); ok {
		return f.Kind
	}
	return FieldText
}

// QueryError is a query that cannot be read: what is wrong and where, as byte offsets into the
// query, so a screen can point at it.
type QueryError struct {
	Pos, End int
	Msg      Text
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("query: %s (at character %d)", e.Msg.En, e.Pos+1)
}

func qerr(pos, end int, zh, en string) *QueryError {
	if end < pos {
		end = pos
	}
	return &QueryError{pos, end, Text{zh, en}}
}

// MaxQueryLen bounds a query, so a pasted novel is refused with a message rather than parsed.
const MaxQueryLen = 2000

// maxQueryDepth bounds nesting, so parentheses cannot exhaust the stack.
const maxQueryDepth = 50

// ParseQuery reads a query. An empty query is valid and selects everyone.
func ParseQuery(src string) (*Query, error) {
	if len(src) > MaxQueryLen {
		return nil, qerr(MaxQueryLen, len(src), fmt.Sprintf("条件太长（最多 %d 字节）", MaxQueryLen), fmt.Sprintf("the query is too long (at most %d bytes)", MaxQueryLen))
	}
	if !utf8.ValidString(src) {
		i := 0
		for i < len(src) {
			r, size := utf8.DecodeRuneInString(src[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
		}
		return nil, qerr(i, i+1, "含有无效字符", "the query holds an invalid character")
	}
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	p := &parser{src: src, toks: toks}
	if len(toks) == 0 {
		return &Query{Src: src}, nil
	}
	root, err := p.or(0)
	if err != nil {
		return nil, err
	}
	if t, ok := p.peek(); ok {
		if t.kind == tokClose {
			return nil, qerr(t.pos, t.end, "多了一个右括号", "a closing bracket has no opening one")
		}
		return nil, qerr(t.pos, t.end, "这里不该出现这个词", "unexpected word here")
	}
	return &Query{Src: src, Root: root}, nil
}

type tokKind int

const (
	tokWord tokKind = iota
	tokOpen
	tokClose
	tokOr
	tokAnd
	tokNot
)

type token struct {
	kind     tokKind
	text     string // the word, quotes removed
	pos, end int
	quoted   bool // the whole word was in quotes: always a search text
	// lit marks the bytes of text that were inside quotes, where operators and commas are
	// literal; at maps each byte of text to its offset in the query.
	lit []bool
	at  []int
}

// offset returns where byte k of the word's text lies in the query; k may be len(text).
func (t token) offset(k int) int {
	if k < len(t.at) {
		return t.at[k]
	}
	return t.end
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }

var closeQuote = map[rune]rune{'"': '"', '“': '”', '「': '」'}

// lex splits a query into words, brackets and keywords. A quoted part keeps its spaces.
func lex(src string) ([]token, error) {
	var out []token
	i := 0
	for i < len(src) {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case isSpace(r):
			i += size
			continue
		case r == '(' || r == '（':
			out = append(out, token{kind: tokOpen, pos: i, end: i + size})
			i += size
			continue
		case r == ')' || r == '）':
			out = append(out, token{kind: tokClose, pos: i, end: i + size})
			i += size
			continue
		}
		start := i
		var b []byte
		var lit []bool
		var at []int
		keep := func(from, size int, quoted bool) {
			for k := 0; k < size; k++ {
				b = append(b, src[from+k])
				lit = append(lit, quoted)
				at = append(at, from+k)
			}
		}
		quotedWhole := false
		for i < len(src) {
			r, size := utf8.DecodeRuneInString(src[i:])
			if isSpace(r) || r == '(' || r == ')' || r == '（' || r == '）' {
				break
			}
			if cq, ok := closeQuote[r]; ok {
				if i == start {
					quotedWhole = true
				}
				j := i + size
				closed := false
				for j < len(src) {
					r2, s2 := utf8.DecodeRuneInString(src[j:])
					if r2 == cq {
						closed = true
						j += s2
						break
					}
					keep(j, s2, true)
					j += s2
				}
				if !closed {
					return nil, qerr(i, len(src), "引号没有结束", "a quote is not closed")
				}
				i = j
				continue
			}
			keep(i, size, false)
			i += size
		}
		word := src[start:i]
		if quotedWhole && !allTrue(lit) {
			quotedWhole = false // "a"b: quoted in part only, read as a term
		}
		t := token{kind: tokWord, text: string(b), pos: start, end: i, quoted: quotedWhole, lit: lit, at: at}
		if !quotedWhole {
			switch strings.ToLower(word) {
			case "or", "|", "||", "或", "或者":
				t.kind = tokOr
			case "and", "&", "&&", "且", "并且":
				t.kind = tokAnd
			case "not", "!", "非", "不是":
				t.kind = tokNot
			}
		}
		out = append(out, t)
	}
	return out, nil
}

func allTrue(bs []bool) bool {
	for _, b := range bs {
		if !b {
			return false
		}
	}
	return true
}

type parser struct {
	src  string
	toks []token
	i    int
}

func (p *parser) peek() (token, bool) {
	if p.i < len(p.toks) {
		return p.toks[p.i], true
	}
	return token{}, false
}

func (p *parser) or(depth int) (QueryNode, error) {
	first, err := p.and(depth)
	if err != nil {
		return nil, err
	}
	parts := []QueryNode{first}
	for {
		t, ok := p.peek()
		if !ok || t.kind != tokOr {
			break
		}
		p.i++
		if _, ok := p.peek(); !ok {
			return nil, qerr(t.pos, t.end, "“或”后面缺少条件", "nothing after “or”")
		}
		next, err := p.and(depth)
		if err != nil {
			return nil, err
		}
		parts = append(parts, next)
	}
	if len(parts) == 1 {
		return first, nil
	}
	return &QueryOr{parts}, nil
}

func (p *parser) and(depth int) (QueryNode, error) {
	var parts []QueryNode
	for {
		t, ok := p.peek()
		if !ok || t.kind == tokOr || t.kind == tokClose {
			break
		}
		if t.kind == tokAnd {
			if len(parts) == 0 {
				return nil, qerr(t.pos, t.end, "“且”前面缺少条件", "nothing before “and”")
			}
			p.i++
			if n, ok := p.peek(); !ok || n.kind == tokOr || n.kind == tokClose || n.kind == tokAnd {
				return nil, qerr(t.pos, t.end, "“且”后面缺少条件", "nothing after “and”")
			}
			continue
		}
		u, err := p.unary(depth)
		if err != nil {
			return nil, err
		}
		parts = append(parts, u)
	}
	switch len(parts) {
	case 0:
		t, ok := p.peek()
		if !ok {
			return nil, qerr(len(p.src), len(p.src), "这里缺少条件", "a term is missing here")
		}
		if t.kind == tokOr {
			return nil, qerr(t.pos, t.end, "“或”前面缺少条件", "nothing before “or”")
		}
		return nil, qerr(t.pos, t.end, "括号里是空的", "empty brackets")
	case 1:
		return parts[0], nil
	}
	return &QueryAnd{parts}, nil
}

func (p *parser) unary(depth int) (QueryNode, error) {
	if depth > maxQueryDepth {
		t, _ := p.peek()
		return nil, qerr(t.pos, t.end, "括号或“非”嵌套太深", "brackets or “not” nest too deep")
	}
	t, _ := p.peek()
	switch t.kind {
	case tokNot:
		p.i++
		if n, ok := p.peek(); !ok || n.kind == tokOr || n.kind == tokClose || n.kind == tokAnd {
			return nil, qerr(t.pos, t.end, "“非”后面缺少条件", "nothing after “not”")
		}
		x, err := p.unary(depth + 1)
		if err != nil {
			return nil, err
		}
		return &QueryNot{x}, nil
	case tokOpen:
		p.i++
		x, err := p.or(depth + 1)
		if err != nil {
			return nil, err
		}
		c, ok := p.peek()
		if !ok || c.kind != tokClose {
			return nil, qerr(t.pos, t.end, "这个左括号没有对应的右括号", "this bracket is never closed")
		}
		p.i++
		return x, nil
	}
	p.i++
	if !t.quoted && strings.HasPrefix(t.text, "-") && len(t.text) > 1 {
		inner := t
		inner.text, inner.pos = t.text[1:], t.pos+1
		c, err := p.cond(inner)
		if err != nil {
			return nil, err
		}
		return &QueryNot{c}, nil
	}
	return p.cond(t)
}

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
	for _, f := range QueryFields {
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

// guessField suggests the field a mistyped name most likely meant, or "".
func guessField(name string) string {
	n := strings.ToLower(name)
	best, bestD := "", 3
	for _, f := range QueryFields {
		for _, cand := range append([]string{f.Name}, f.Aliases...) {
			if d := editDistance(n, cand); d < bestD || d == bestD && best == "" && strings.HasPrefix(cand, n) {
				best, bestD = f.Name, d
			}
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 40 || len(rb) > 40 {
		return 99
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// LooksLikeQuery tells whether what was typed in a search box is meant as a query rather than
// plain words: it holds an operator, a bracket or a leading minus.
func LooksLikeQuery(s string) bool {
	if strings.ContainsAny(s, ":：<>=＞＜≥≤≠()（）") {
		return true
	}
	for _, w := range strings.Fields(s) {
		if len(w) > 1 && w[0] == '-' {
			return true
		}
	}
	return false
}

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
