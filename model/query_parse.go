package model

import (
	"strings"
)

// The parser of the query language: or, and, not and brackets, by precedence, down to one term.

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
