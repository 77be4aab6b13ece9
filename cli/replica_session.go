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
		return c.errorf(texts.Replica.CannotBringBook, err)
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
		fmt.Fprintln(c.stderr, "guanxi: "+model.SanitizeLine(c.tf(texts.Replica.ReplicaDidNot, err)))
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
	say := func(t model.Text, args ...any) {
		fmt.Fprintln(c.stderr, "guanxi: "+model.SanitizeLine(c.tf(t, args...)))
	}
	switch {
	case s.Offline != nil && c.writing:
		say(texts.Replica.ReplicaCannotBeReachedBook, s.Offline)
	case s.Restored:
		say(texts.Replica.RestoredBookFromReplica, s.Target())
	case s.BroughtUp:
		say(texts.Replica.BroughtBookUp)
	}
	if d := s.Diverged; d != nil {
		say(texts.Replica.BothMachinesChanged, d.Aside)
		sum := d.Summary
		for _, part := range []struct {
			counts map[string]int
			what   model.Text
		}{
			{sum.Added, texts.Replica.MergedAdded},
			{sum.Updated, texts.Replica.MergedUpdated},
			{sum.Combined, texts.Replica.MergedCombined},
			{sum.Deleted, texts.Replica.MergedDeleted},
			{sum.GoneHere, texts.Replica.MergedGoneHere},
		} {
			if line := c.recordCounts(part.counts); line != "" {
				say(texts.Replica.Text, c.t(part.what), line)
			}
		}
		if sum.Empty() {
			say(texts.Replica.ThisMachineHad)
		}
	}
}

// recordWords name the tables of records in a merge's summary.
var recordWords = map[string]model.Text{
	"customers":         texts.Replica.TableCustomers,
	"contacts":          texts.Replica.TableContacts,
	"interactions":      texts.Replica.TableInteractions,
	"deals":             texts.Replica.TableDeals,
	"payments":          texts.Replica.TablePayments,
	"reminders":         texts.Replica.TableReminders,
	"complaints":        texts.Replica.TableComplaints,
	"person_types":      texts.Replica.TablePersonTypes,
	"segments":          texts.Replica.TableSegments,
	"level_changes":     texts.Replica.TableLevelChanges,
	"typologies":        texts.Replica.TableTypologies,
	"personality_types": texts.Replica.TablePersonalityTypes,
	"settings":          texts.Replica.TableSettings,
	"plan_snoozes":      texts.Replica.TablePlanSnoozes,
	"greetings_sent":    texts.Replica.TableGreetingsSent,
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
	return strings.Join(parts, c.t(texts.Shared.Comma))
}
