package cli

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"guanxi/model"
	"guanxi/replica"
	"guanxi/store"
)

// startReplica starts replication of the book at path before the book is opened, when a replica
// is set and this invocation writes the book or has none yet (reads of an existing book do not
// wait for the network). It may restore the book, bring it up to the replica, or merge two
// histories; it says so on stderr.
func (c *cli) startReplica(path string) error {
	if c.replica != nil {
		return nil
	}
	if _, err := os.Stat(path); err == nil && !c.writing {
		return nil
	}
	ro, err := c.replicaOptions(path)
	if err != nil {
		return err
	}
	s, err := replica.Open(c.ctx, ro)
	if err != nil {
		return c.errorf("无法与副本对齐：%v", "cannot bring the book in line with its replica: %v", err)
	}
	if s == nil {
		return nil
	}
	c.replica = s
	c.sayReplica(s)
	return nil
}

// attachReplica puts the replication between the open book and its writes.
func (c *cli) attachReplica(s *store.Store) error {
	if c.replica == nil {
		return nil
	}
	return c.replica.Attach(s)
}

// closeReplica ships what is left and lets the hold go, after the book is closed.
func (c *cli) closeReplica() {
	if c.replica == nil {
		return
	}
	if c.firstUpload() {
		if err := c.replica.Quit(); err != nil {
			fmt.Fprintln(c.stderr, "guanxi: "+model.SanitizeLine(err.Error()))
		}
		c.replica = nil
		return
	}
	if err := c.replica.Close(); err != nil && c.writing && c.replica.Offline == nil {
		fmt.Fprintln(c.stderr, "guanxi: "+model.SanitizeLine(c.trf("副本暂时没有跟上：%v；改动都在本机，下次连上时会补齐。",
			"the replica did not catch up: %v; every change is kept here and shipped next time it can be reached.", err)))
	}
	c.replica = nil
}

// readOnlyHere tells whether another machine holds the book, so this invocation may not write it.
func (c *cli) readOnlyHere() bool {
	if c.replica == nil {
		return false
	}
	_, held := c.replica.ReadOnly()
	return held
}

// heldBy names the machine that holds the book, for the TUI's header.
func (c *cli) heldBy() func() (string, bool) {
	s := c.replica
	if s == nil {
		return nil
	}
	return func() (string, bool) {
		h, held := s.ReadOnly()
		return h.Machine, held
	}
}

// sayReplica tells on stderr what opening with the replica did.
func (c *cli) sayReplica(s *replica.Session) {
	say := func(zh, en string, args ...any) {
		fmt.Fprintln(c.stderr, "guanxi: "+model.SanitizeLine(c.trf(zh, en, args...)))
	}
	switch {
	case s.Offline != nil && c.writing:
		say("连不上副本（%v）；照常在本机写，连上后补齐。", "the replica cannot be reached (%v); the book is written here as usual and shipped once it can be.", s.Offline)
	case s.Restored:
		say("已从副本 %s 恢复客户簿。", "restored the book from the replica %s.", s.Target())
	case s.BroughtUp:
		say("客户簿已与副本对齐（另一台机器的改动已到本机）。", "brought the book up to the replica (the other machine's changes are here now).")
	}
	if d := s.Diverged; d != nil {
		say("两台机器分别改过这本客户簿。本机原来的客户簿另存为 %s；已换成副本里的，并把本机的改动合并进来。",
			"both machines changed the book apart. This machine's book is kept as %s; the replica's took its place and this machine's changes were merged into it.", d.Aside)
		sum := d.Summary
		for _, part := range []struct {
			counts map[string]int
			zh, en string
		}{
			{sum.Added, "从本机加入", "added from this machine"},
			{sum.Updated, "采用本机较新的修改", "taken from this machine, changed later here"},
			{sum.Combined, "两边都改过，已合并（另一边不同的内容记在备注里）", "changed on both machines and combined (the other side's differing fields are in the notes)"},
			{sum.Deleted, "本机删除，副本里也删除", "deleted here, deleted in the replica too"},
			{sum.GoneHere, "本机改过、但另一台机器已删除，未恢复（仍在另存的文件里）", "changed here but deleted on the other machine: left out (still in the file kept aside)"},
		} {
			if line := c.recordCounts(part.counts); line != "" {
				say("%s：%s", "%s: %s", c.tr(part.zh, part.en), line)
			}
		}
		if sum.Empty() {
			say("本机没有需要合并的改动。", "this machine had no change to merge.")
		}
	}
}

// recordWords name the tables of records in a merge's summary.
var recordWords = map[string]model.Text{
	"customers":         {Zh: "客户", En: "customers"},
	"contacts":          {Zh: "联系人", En: "contacts"},
	"interactions":      {Zh: "联系记录", En: "logged contacts"},
	"deals":             {Zh: "成交", En: "deals"},
	"payments":          {Zh: "回款", En: "payments"},
	"reminders":         {Zh: "提醒", En: "reminders"},
	"complaints":        {Zh: "投诉", En: "complaints"},
	"person_types":      {Zh: "性格标签", En: "personality tags"},
	"segments":          {Zh: "动态列表", En: "saved lists"},
	"level_changes":     {Zh: "级别变化", En: "level changes"},
	"typologies":        {Zh: "性格分类", En: "typologies"},
	"personality_types": {Zh: "性格类型", En: "personality types"},
	"settings":          {Zh: "设置", En: "settings"},
	"plan_snoozes":      {Zh: "推迟的拜访和电话", En: "visits and calls put off"},
	"greetings_sent":    {Zh: "已发的问候", En: "greetings marked sent"},
}

// recordCounts writes "客户 2、成交 1" / "2 customers, 1 deal" for the tables with a count.
func (c *cli) recordCounts(counts map[string]int) string {
	var names []string
	for n, k := range counts {
		if k > 0 {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var parts []string
	for _, n := range names {
		w, ok := recordWords[n]
		if !ok {
			w = model.Text{Zh: n, En: n}
		}
		if c.lang == model.Zh {
			parts = append(parts, fmt.Sprintf("%s %d", w.Zh, counts[n]))
		} else {
			parts = append(parts, fmt.Sprintf("%d %s", counts[n], w.En))
		}
	}
	return strings.Join(parts, c.tr("、", ", "))
}
