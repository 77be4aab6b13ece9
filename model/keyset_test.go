package model

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// keySetNames are person names and the long names of organisations, where groups are many.
func keySetNames() []string {
	names := benchNames(2000)
	return append(names, "上海金阳食品有限公司", "苏州恒达精密机械有限公司", "北京市朝阳区建国门外大街", "曾国藩",
		"尉迟恭", "单田芳", "Anna Smith", "ＩＢＭ中国", "3M中国", "王·小明", "", "A", "阿", "鹅", "欧阳修")
}

// keySetQueries cuts queries from a key's readings as people type them: initials, whole readings,
// readings cut short, mixed with characters, from the start or from a later character.
func keySetQueries(rng *rand.Rand, k NameKey) []string {
	groups := strings.Split(k.body(), " ")
	var out []string
	for range 6 {
		from := rng.IntN(len(groups))
		var b strings.Builder
		for _, g := range groups[from:] {
			alts := strings.Split(g, ",")
			alt := alts[rng.IntN(len(alts))]
			if len(alt) > 1 && alt != alts[0] && rng.IntN(2) == 0 {
				alt = alt[:1+rng.IntN(len(alt)-1)]
			}
			b.WriteString(alt)
		}
		q := b.String()
		out = append(out, q, q[:max(len(q)/2, 1)], q+"x")
	}
	return out
}

func TestKeySetMatchesAsMatch(t *testing.T) {
	names := keySetNames()
	keys := make([]NameKey, len(names))
	for i, n := range names {
		keys[i] = MakeNameKey(n)
	}
	ks := NewKeySet(keys)
	if ks.Len() != len(keys) {
		t.Fatalf("Len %d, want %d", ks.Len(), len(keys))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	queries := []string{"", "z", "w", "zs", "zh", "wang", "sh", "gs", "a", "e", "ou", "yang", "张", "张s", "有限", "公司",
		"3m", "ibm", "smith", "nas", "1", "·", strings.Repeat("a", 70)}
	for i, k := range keys {
		if k != ks.Key(i) {
			t.Fatalf("Key(%d) is not the key given", i)
		}
		if k.body() != "" {
			queries = append(queries, keySetQueries(rng, k)...)
		}
	}
	checked := 0
	for _, q := range queries {
		sq := NewSearchQuery(q)
		for i, k := range keys {
			want, wantOK := sq.Match(k)
			got, ok := ks.Match(sq, i)
			if ok != wantOK || ok && got != want {
				t.Fatalf("KeySet.Match(%q, %q) = %d %v, Match says %d %v", q, names[i], got, ok, want, wantOK)
			}
			checked++
		}
	}
	t.Logf("%d pairs agree", checked)
}

func FuzzKeySetMatch(f *testing.F) {
	for _, s := range [][2]string{{"张三", "zs"}, {"上海金阳食品有限公司", "jyspgs"}, {"尉迟恭", "chig"}, {"Anna Smith", "sm"}, {"", "a"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, name, query string) {
		k := MakeNameKey(name)
		ks := NewKeySet([]NameKey{MakeNameKey("李四"), k})
		sq := NewSearchQuery(query)
		want, wantOK := sq.Match(k)
		got, ok := ks.Match(sq, 1)
		if ok != wantOK || ok && got != want {
			t.Fatalf("KeySet.Match(%q, %q) = %d %v, Match says %d %v", query, name, got, ok, want, wantOK)
		}
	})
}

// BenchmarkKeySetMatch100k is BenchmarkMatch100k through a KeySet, with the names of people and of
// their companies, as a book holds them.
func BenchmarkKeySetMatch100k(b *testing.B) {
	names := benchNames(100_000)
	orgs := []string{"有限公司", "贸易", "科技", "精密机械", "食品", "医疗器械"}
	for i := 0; i < len(names); i += 3 {
		names[i] = "上海" + names[i] + orgs[i%len(orgs)]
	}
	keys := make([]NameKey, len(names))
	for i, n := range names {
		keys[i] = MakeNameKey(n)
	}
	ks := NewKeySet(keys)
	for _, query := range []string{"w", "zs", "zhang", "gs", "shjy"} {
		q := NewSearchQuery(query)
		b.Run(query+"/Match", func(b *testing.B) {
			for b.Loop() {
				for _, k := range keys {
					q.Match(k)
				}
			}
		})
		b.Run(query+"/KeySet", func(b *testing.B) {
			for b.Loop() {
				for i := range keys {
					ks.Match(q, i)
				}
			}
		})
	}
}
