package cli

import (
	"strings"
	"testing"
)

// TestDeleteRestoreAndPurge walks a customer through the trash from the command line: deleted, it
// leaves the list, the checklist and show, and waits in the trash with its records; restored, it
// is back as it was; purged (only with --yes from a script), it is gone for good.
func TestDeleteRestoreAndPurge(t *testing.T) {
	b := newBook(t)
	id := b.add("--name", "张三", "--company", "北京华信贸易", "--level", "vip")
	other := b.add("--name", "李娜")
	b.ok("log", id, "--channel", "visit", "--at", "-20d", "--note", "谈了备货")
	b.ok("deal", id, "--amount", "5万", "--on", "-30d")
	b.ok("remind", id, "--on", "today", "--note", "回电")
	before := b.ok("show", id, "--json")

	out := b.ok("delete", "张三")
	if !strings.Contains(out, "张三") || !strings.Contains(out, "guanxi restore "+id) || !strings.Contains(out, "3 records") {
		t.Errorf("delete said %q", out)
	}
	if list := b.ok("list"); strings.Contains(list, "张三") || !strings.Contains(list, "李娜") {
		t.Errorf("the list after delete:\n%s", list)
	}
	if today := b.ok("today", "--json"); strings.Contains(today, "张三") {
		t.Errorf("the checklist still has the deleted customer: %s", today)
	}
	if r := b.run("show", id); r.code != 1 || !strings.Contains(r.stderr, "no customer") {
		t.Errorf("show of a deleted customer: %+v", r)
	}
	if r := b.run("log", id, "--channel", "call", "--note", "x"); r.code == 0 {
		t.Errorf("a contact was logged with a deleted customer: %+v", r)
	}
	if r := b.run("delete", id); r.code != 1 {
		t.Errorf("deleting twice: %+v", r)
	}
	trash := b.ok("trash")
	if !strings.Contains(trash, "张三") || !strings.Contains(trash, "北京华信贸易") || !strings.Contains(trash, "1 customers in the trash") {
		t.Errorf("trash:\n%s", trash)
	}
	items := decodeArray(t, b.ok("trash", "--json"))
	if len(items) != 1 || items[0]["name"] != "张三" || items[0]["records"] != float64(3) {
		t.Errorf("trash --json: %v", items)
	}

	out = b.ok("restore", id)
	if !strings.Contains(out, "Restored 张三") {
		t.Errorf("restore said %q", out)
	}
	if after := b.ok("show", id, "--json"); after != before {
		t.Errorf("the archive changed through the trash:\n before %s\n after %s", before, after)
	}
	if r := b.run("restore", id); r.code != 1 || !strings.Contains(r.stderr, "not in the trash") {
		t.Errorf("restoring one not in the trash: %+v", r)
	}

	b.ok("delete", id)
	b.ok("delete", other)
	// A script must say --yes: without it nothing is deleted, and the exit says why.
	r := b.run("trash", "purge")
	if r.code != 2 || !strings.Contains(r.stderr, "--yes") || !strings.Contains(r.stderr, "2 customers") {
		t.Errorf("purge without --yes: %+v", r)
	}
	if n := len(decodeArray(t, b.ok("trash", "--json"))); n != 2 {
		t.Fatalf("purge without --yes deleted something: %d left", n)
	}
	if r := b.run("trash", "--yes"); r.code != 2 {
		t.Errorf("--yes without purge: %+v", r)
	}
	if out := b.ok("trash", "purge", "--id", other, "--yes"); !strings.Contains(out, "Deleted 1 customers") {
		t.Errorf("purge one: %q", out)
	}
	left := decodeArray(t, b.ok("trash", "--json"))
	if len(left) != 1 || left[0]["name"] != "张三" {
		t.Errorf("after purging one: %v", left)
	}
	if out := b.ok("trash", "purge", "--yes"); !strings.Contains(out, "Deleted 1 customers") {
		t.Errorf("purge: %q", out)
	}
	if r := b.run("restore", id); r.code != 1 {
		t.Errorf("a purged customer came back: %+v", r)
	}
	if out := b.ok("check"); !strings.Contains(out, "ok") {
		t.Errorf("check after the purge: %q", out)
	}
	if out := b.ok("trash"); !strings.Contains(out, "empty") {
		t.Errorf("trash after the purge: %q", out)
	}
}

// TestTrashSpeaksChinese: the trash commands answer in Chinese under a zh locale.
func TestTrashSpeaksChinese(t *testing.T) {
	b := newBook(t)
	b.env["LANG"] = "zh_CN.UTF-8"
	id := b.add("--name", "张三")
	if out := b.ok("delete", id); !strings.Contains(out, "移到回收站") || !strings.Contains(out, "guanxi restore "+id) {
		t.Errorf("delete: %q", out)
	}
	if r := b.run("trash", "purge"); r.code != 2 || !strings.Contains(r.stderr, "永久删除") {
		t.Errorf("purge without --yes: %+v", r)
	}
	if out := b.ok("restore", "张三"); !strings.Contains(out, "已从回收站恢复") {
		t.Errorf("restore: %q", out)
	}
}
