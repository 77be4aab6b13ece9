package store

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"guanxi/model"
)

// sortKeys puts the keys, moved in place, in the order the checklist's comparison gives: checked
// against a plain sort of copies with the same comparison, on keys with many ties.
func TestSortKeysInPlaceAgreesWithAPlainSort(t *testing.T) {
	today := model.MustDate("2026-03-10")
	r := rand.New(rand.NewPCG(1, 2))
	levels := []model.Level{model.LevelStrategic, model.LevelVIP, model.LevelNew, model.LevelLow}
	for _, n := range []int{0, 1, 2, 7, 500} {
		keys := make([]itemKey, n)
		for i := range keys {
			keys[i] = itemKey{source: itemSource(r.IntN(5)), due: today.AddDays(r.IntN(10) - 5), customer: int64(r.IntN(40) + 1),
				record: int64(r.IntN(3)), level: levels[r.IntN(len(levels))], name: fmt.Sprintf("客户%d", r.IntN(20))}
			if r.IntN(8) == 0 {
				keys[i].source = fromGreeting
				keys[i].greetingKey = &greetingKey{occasion: model.OccasionBirthday, occasionOn: keys[i].due.AddDays(r.IntN(3))}
			}
		}
		want := slices.Clone(keys)
		slices.SortStableFunc(want, func(a, b itemKey) int {
			if c := a.rank().Place(today).Compare(b.rank().Place(today)); c != 0 {
				return c
			}
			ga, gb := a.greeting(), b.greeting()
			return cmp.Or(cmp.Compare(a.customer, b.customer), cmp.Compare(a.source, b.source), cmp.Compare(a.record, b.record),
				cmp.Compare(ga.occasion, gb.occasion), cmp.Compare(ga.occasionOn.String(), gb.occasionOn.String()))
		})
		sortKeys(keys, today)
		for i := range keys {
			a, b := keys[i], want[i]
			if a.customer != b.customer || a.source != b.source || a.record != b.record || a.due != b.due || a.name != b.name ||
				a.greeting() != b.greeting() {
				t.Fatalf("%d keys: key %d is %+v, want %+v", n, i, a, b)
			}
		}
	}
}
