package wording

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"guanxi/model"
	"guanxi/store"
)

func TestTrouble(t *testing.T) {
	for _, c := range []struct {
		err    error
		zh, en string // a part of each sentence
	}{
		{fmt.Errorf("save: %w", store.ErrDiskFull), "磁盘已满", "the disk is full"},
		{store.ErrReadOnly, "只读", "read-only"},
		{store.ErrDamaged, "已损坏", "is damaged"},
		{store.ErrDiskIO, "系统拒绝读写", "refused to read or write"},
		{store.ErrBusy, "占用太久", "busy for too long"},
	} {
		zh, ok := Trouble(c.err, "/书/guanxi.db", model.Zh)
		en, _ := Trouble(c.err, "/书/guanxi.db", model.En)
		if !ok || !strings.Contains(zh, c.zh) || !strings.Contains(en, c.en) {
			t.Errorf("%v: %q %q %v", c.err, zh, en, ok)
		}
	}
	if msg, ok := Trouble(errors.New("no such customer"), "guanxi.db", model.En); ok || msg != "" {
		t.Errorf("another error is no trouble of the book: %q", msg)
	}
	// The path is shown on one line whatever it holds.
	if msg, _ := Trouble(store.ErrReadOnly, "a\x1b[2Jb\nc", model.En); strings.ContainsAny(msg, "\x1b\n") {
		t.Errorf("path not made safe: %q", msg)
	}
}

func TestContactTimeProblem(t *testing.T) {
	now := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	at, err := model.ContactTime("明天", now)
	if got := ContactTimeProblem("明天", at, err, model.Zh); got != "联系记录不能记在将来（2026-03-11 12:00）" {
		t.Errorf("future: %q", got)
	}
	at, err = model.ContactTime("soon", now)
	if got := ContactTimeProblem("soon", at, err, model.En); got != `cannot read "soon": write YYYY-MM-DD HH:MM, HH:MM, YYYY-MM-DD, yesterday 15:00 or today` {
		t.Errorf("unreadable: %q", got)
	}
	// In Chinese the words to type are Chinese: 今天, not today.
	if got := ContactTimeProblem("不久", at, err, model.Zh); got != "无法识别时间“不久”，请写成 YYYY-MM-DD HH:MM、HH:MM、YYYY-MM-DD、昨天 15:00 或 今天" {
		t.Errorf("unreadable in Chinese: %q", got)
	}
}
