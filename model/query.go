package model

import (
	"fmt"
	"strings"
	"sync"
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

// queryFields is every field, made the first time it is asked for, since the levels' codes it
// names are decoded on first use.
var queryFields = sync.OnceValue(func() []QueryField {
	return []QueryField{
		{"level", []string{"级别"}, FieldCode, LevelCodes(), false, Text{"客户级别", "level"}, "level:vip"},
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
})

// QueryFields lists every field, in the order hints show them. The list is shared: read it, do
// not change it.
func QueryFields() []QueryField { return queryFields() }

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
