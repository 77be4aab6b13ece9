package model

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNameKeyEncoding(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		{"张三", "1:张,zhang 三,san"},
		{"曾国藩", "1:曾,zeng,ceng 国,guo 藩,fan"},
		{"单田芳", "1:单,shan,dan,chan 田,tian 芳,fang"},
		{"尉迟恭", "1:尉,yu,wei,yun 迟,chi 恭,gong"},
		{"吕布", "1:吕,lv 布,bu"},
		{"John Smith", "1:j o h n s m i t h"},
		{"ＩＢＭ", "1:i b m"},
		{"王·小明", "1:王,wang,yu 小,xiao 明,ming,meng"},
		{"", "1:"},
		{" -· ", "1:"},
	}
	for _, tt := range tests {
		k := MakeNameKey(tt.name)
		if got := k.String(); got != tt.want {
			t.Errorf("MakeNameKey(%q) = %q, want %q", tt.name, got, tt.want)
		}
		back, err := ParseNameKey(k.String())
		if err != nil || back != k {
			t.Errorf("ParseNameKey(%q) = %+v, %v; want %+v", k.String(), back, err, k)
		}
	}
}

func TestNameKeySurnamesFirst(t *testing.T) {
	tests := []struct{ name, first string }{
		{"曾", "zeng"}, {"单", "shan"}, {"仇", "qiu"}, {"解", "xie"}, {"区", "ou"}, {"查", "zha"},
		{"朴", "piao"}, {"盖", "ge"}, {"覃", "qin"}, {"乐", "yue"}, {"召", "shao"}, {"繁", "po"},
		{"尉迟", "yu chi"}, {"万俟", "mo qi"}, {"尉", "wei"}, {"万", "wan"},
	}
	for _, tt := range tests {
		if got := MakeNameKey(tt.name).Pinyin(); got != tt.first {
			t.Errorf("MakeNameKey(%q).Pinyin() = %q, want %q", tt.name, got, tt.first)
		}
	}
	// Only the surname position takes the surname reading first.
	if got := MakeNameKey("何曾").Pinyin(); got != "he ceng" {
		t.Errorf("何曾 pinyin = %q, want he ceng", got)
	}
}

func TestParseNameKeyErrors(t *testing.T) {
	for _, s := range []string{
		"", "张,zhang", "2:张,zhang", "1: ", "1:张,", "1:张,,zhang", "1:张三", "1:张 ", "1:张  三",
		"1:张,Zhang", "1:A", "1:\xff", "1:张,zhāng", "1:,", "1:-",
	} {
		if _, err := ParseNameKey(s); !errors.Is(err, ErrBadNameKey) {
			t.Errorf("ParseNameKey(%q) err = %v, want ErrBadNameKey", s, err)
		}
	}
}

func TestNameKeyMatch(t *testing.T) {
	const no = -1
	tests := []struct {
		name, query string
		want        int
	}{
		// Chinese characters.
		{"张三", "张三", RankExact},
		{"张三", "张", RankPrefix},
		{"张三", "三", RankSubstring},
		{"张三", "李", no},
		{"张三丰", "张三", RankPrefix},
		// Pinyin initials and full pinyin, with and without spaces.
		{"张三", "zs", RankInitials},
		{"张三", "ZS", RankInitials},
		{"张三", "zhangsan", RankExact},
		{"张三", "zhang san", RankExact},
		{"张三", "Zhang San", RankExact},
		{"张三", "ｚｈａｎｇｓａｎ", RankExact},
		{"张三", "zhang", RankPrefix},
		{"张三", "zhangs", RankInitials},
		{"张三", "zhans", RankInitials},
		{"张三", "z", RankInitials},
		{"张三", "zh", RankInitials},
		{"张三", "san", RankSubstring},
		{"张三", "s", RankSubstring},
		{"张三", "sz", no},
		{"张三", "zsx", no},
		{"张三", "zhangsanfeng", no},
		{"张三", "zhangx", no},
		{"张三丰", "zsf", RankInitials},
		{"张三丰", "sf", RankSubstring},
		{"张三丰", "zhangsanfeng", RankExact},
		{"张三丰", "zhangsanf", RankInitials},
		// Mixed characters and pinyin.
		{"张三", "张s", RankInitials},
		{"张三", "张san", RankExact},
		{"张三", "zhang三", RankExact},
		{"张三", "z三", RankInitials},
		// Polyphonic surnames: the surname reading and the others all match.
		{"曾国藩", "zgf", RankInitials},
		{"曾国藩", "zengguofan", RankExact},
		{"曾国藩", "cengguofan", RankExact},
		{"单田芳", "shantianfang", RankExact},
		{"单田芳", "stf", RankInitials},
		{"解缙", "xiejin", RankExact},
		{"查良镛", "zhaliangyong", RankExact},
		{"查良镛", "zly", RankInitials},
		{"区永贤", "ouyongxian", RankExact},
		{"仇英", "qiuying", RankExact},
		{"朴槿惠", "piaojinhui", RankExact},
		{"盖聂", "genie", RankExact},
		{"覃仕勇", "qinshiyong", RankExact},
		{"尉迟恭", "yuchigong", RankExact},
		{"尉迟恭", "ycg", RankInitials},
		{"尉迟恭", "weichigong", RankExact},
		{"万俟卨", "moqixie", RankExact},
		{"吕布", "lvbu", RankExact},
		{"女娲", "nvwa", RankExact},
		// Latin names, case-insensitive, spaces and punctuation ignored.
		{"John Smith", "john", RankPrefix},
		{"John Smith", "JOHN SMITH", RankExact},
		{"John Smith", "johnsmith", RankExact},
		{"John Smith", "jo", RankPrefix},
		{"John Smith", "smith", RankSubstring},
		{"John Smith", "js", no},
		{"Jean-Luc Picard", "jeanluc", RankPrefix},
		{"Jean-Luc Picard", "jean-luc picard", RankExact},
		{"O'Brien", "obrien", RankExact},
		{"ＩＢＭ", "ibm", RankExact},
		{"IBM", "ＩＢＭ", RankExact},
		{"Zoë", "zoë", RankExact},
		{"Zoë", "ZOË", RankExact},
		// Names mixing scripts and digits.
		{"王5号", "w5", RankInitials},
		{"王5号", "wang5hao", RankExact},
		{"Tony王", "tonywang", RankExact},
		{"Tony王", "tw", no},
		// An empty query matches everything, an empty name nothing else.
		{"张三", "", RankSubstring},
		{"张三", " - ", RankSubstring},
		{"", "z", no},
	}
	for _, tt := range tests {
		k := MakeNameKey(tt.name)
		rank, ok := k.Match(tt.query)
		if !ok {
			rank = no
		}
		if rank != tt.want {
			t.Errorf("MakeNameKey(%q).Match(%q) = %d, want %d", tt.name, tt.query, rank, tt.want)
		}
		slowRank, slowOK := matchNameKeySlow(k.body(), NormalizeQuery(tt.query))
		if NormalizeQuery(tt.query) != "" && (slowOK != ok || ok && slowRank != rank) {
			t.Errorf("slow match of %q in %q = %d %v, fast %d %v", tt.query, tt.name, slowRank, slowOK, rank, ok)
		}
	}
}

func TestNameKeyMatchLongQuery(t *testing.T) {
	name := "北京市朝阳区建国门外大街甲十二号新华保险大厦"
	k := MakeNameKey(name)
	full := "beijingshichaoyangqujianguomenwaidajiejiashierhaoxinhuabaoxiandasha"
	if len(full) < 64 {
		t.Fatalf("query of %d bytes does not test the long path", len(full))
	}
	tests := []struct {
		query string
		want  int
	}{
		{full, RankExact},
		{full[:66], RankInitials},
		{full[len("bei"):], RankSubstring},
		{name, RankExact},
		{full + "x", -1},
	}
	for _, tt := range tests {
		rank, ok := k.Match(tt.query)
		if !ok {
			rank = -1
		}
		if rank != tt.want {
			t.Errorf("Match(%q) = %d, want %d", tt.query, rank, tt.want)
		}
	}
}

func TestRankOrder(t *testing.T) {
	names := []string{"张三丰", "王张三", "张三", "赵四", "张伞伞", "张珊珊", "zhang san"}
	q := NewSearchQuery("zhangsan")
	got := map[string]int{}
	for _, n := range names {
		if r, ok := q.Match(MakeNameKey(n)); ok {
			got[n] = r
		}
	}
	want := map[string]int{
		"张三": RankExact, "zhang san": RankExact, "张三丰": RankPrefix, "张伞伞": RankPrefix,
		"王张三": RankSubstring,
	}
	if len(got) != len(want) {
		t.Errorf("matched %v, want %v", got, want)
	}
	for n, r := range want {
		if got[n] != r {
			t.Errorf("rank of %s = %d, want %d", n, got[n], r)
		}
	}
	if !(RankExact < RankPrefix && RankPrefix < RankInitials && RankInitials < RankSubstring && RankSubstring < RankOther) {
		t.Error("ranks are out of order")
	}
}

func TestNormalizeQuery(t *testing.T) {
	checkAnswers(t, "NormalizeQuery", NormalizeQuery, answers[string, string]{
		{"zs", "zs"},
		{"Zhang San", "zhangsan"},
		{"ｚｈａｎｇ　ｓａｎ", "zhangsan"},
		{"张 三", "张三"},
		{"\tA-b_c\n", "abc"},
		{"王·小明", "王小明"},
		{"c++", "c++"},
		{"\xffa", "\ufffda"},
	})
	if n := testing.AllocsPerRun(100, func() { NormalizeQuery("zhangsan张三") }); n != 0 {
		t.Errorf("NormalizeQuery of a normal query allocates %v times", n)
	}
	k := MakeNameKey("张三丰")
	q := NewSearchQuery("zs")
	if n := testing.AllocsPerRun(100, func() { q.Match(k) }); n != 0 {
		t.Errorf("Match allocates %v times", n)
	}
}

func TestNormalizePhone(t *testing.T) {
	checkAnswers(t, "NormalizePhone", NormalizePhone, answers[string, string]{
		{"138 0013 8000", "13800138000"},
		{"+86-138-0013-8000", "13800138000"},
		{"+86 13800138000", "13800138000"},
		{"0086 13800138000", "13800138000"},
		{"8613800138000", "13800138000"},
		{"13800138000", "13800138000"},
		{"１３８００１３８０００", "13800138000"},
		{"(021) 6123-4567", "02161234567"},
		{"021-61234567 转 808", "02161234567808"},
		{"86 21 6123 4567", "862161234567"},  // not a mobile number: left alone
		{"8612800138000", "8612800138000"},   // 12x is no mobile prefix
		{"+1 (555) 010-9999", "15550109999"}, // other countries keep their code
		{"", ""},
		{"n/a", ""},
	})
}

func FuzzNameKeyMatch(f *testing.F) {
	for _, s := range [][2]string{
		{"张三", "zs"}, {"曾国藩", "zengguofan"}, {"尉迟恭", "ycg"}, {"John Smith", "jo"},
		{"张三", "张san"}, {"", ""}, {"ａ\u202eb", "a"}, {"\xff\xfe", "\xff"},
		{"北京市朝阳区建国门外大街", "beijingshichaoyangqujianguomenwaidajie"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, name, query string) {
		k := MakeNameKey(name)
		back, err := ParseNameKey(k.String())
		if err != nil {
			t.Fatalf("ParseNameKey(MakeNameKey(%q).String()): %v", name, err)
		}
		if back != k {
			t.Fatalf("round trip of %q: %+v != %+v", name, back, k)
		}
		q := NewSearchQuery(query)
		rank, ok := q.Match(k)
		if ok && (rank < RankExact || rank > RankSubstring) {
			t.Fatalf("Match(%q) in %q: rank %d", query, name, rank)
		}
		if q.Empty() {
			return
		}
		slowRank, slowOK := matchNameKeySlow(k.body(), q.String())
		if ok != slowOK || ok && rank != slowRank {
			t.Fatalf("Match(%q) in %q = %d %v, plain search says %d %v", query, name, rank, ok, slowRank, slowOK)
		}
		// The name always matches itself.
		if NormalizeQuery(name) != "" {
			if r, ok := k.Match(name); !ok || r != RankExact {
				t.Fatalf("%q does not match itself exactly: %d %v", name, r, ok)
			}
		}
	})
}

func FuzzParseNameKey(f *testing.F) {
	for _, s := range []string{"1:张,zhang 三,san", "1:", "1:a b", "1:张,", "2:x", "1:张,zh ang", "1:\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseNameKey(s)
		if err != nil {
			return
		}
		if k.String() != s {
			t.Fatalf("ParseNameKey(%q).String() = %q", s, k.String())
		}
		for _, q := range []string{"a", "zs", "张", strings.Repeat("a", 70), s} {
			sq := NewSearchQuery(q)
			rank, ok := sq.Match(k)
			slowRank, slowOK := matchNameKeySlow(k.body(), sq.String())
			if ok != slowOK || ok && rank != slowRank {
				t.Fatalf("Match(%q) in key %q = %d %v, plain search says %d %v", q, s, rank, ok, slowRank, slowOK)
			}
		}
	})
}

// benchNames makes n names of two or three characters, a common surname and one or two given-name
// characters, the same on every run.
func benchNames(n int) []string {
	const (
		surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解查区仇朴盖"
		given    = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽国民志建文德明永长重行乐和"
	)
	sn, gn := []rune(surnames), []rune(given)
	rng := rand.New(rand.NewPCG(20240601, 1))
	names := make([]string, n)
	for i := range names {
		rs := []rune{sn[rng.IntN(len(sn))], gn[rng.IntN(len(gn))]}
		if rng.IntN(3) > 0 {
			rs = append(rs, gn[rng.IntN(len(gn))])
		}
		names[i] = string(rs)
	}
	return names
}

func benchKeys(b *testing.B, n int) []NameKey {
	b.Helper()
	names := benchNames(n)
	keys := make([]NameKey, len(names))
	for i, name := range names {
		keys[i] = MakeNameKey(name)
	}
	return keys
}

// BenchmarkMatch100k scans 100,000 keys with one query, as one keystroke of the list search does:
// one op is the whole scan.
func BenchmarkMatch100k(b *testing.B) {
	keys := benchKeys(b, 100_000)
	for _, query := range []string{"zs", "wl", "zhang", "张", "zhangwei"} {
		b.Run(query, func(b *testing.B) {
			q := NewSearchQuery(query)
			hits := 0
			for b.Loop() {
				hits = 0
				for _, k := range keys {
					if _, ok := q.Match(k); ok {
						hits++
					}
				}
			}
			b.ReportMetric(float64(hits), "hits")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(keys)), "ns/key")
		})
	}
	b.Run("zs/unprepared", func(b *testing.B) {
		for b.Loop() {
			for _, k := range keys {
				k.Match("zs")
			}
		}
	})
}

func BenchmarkMakeNameKey(b *testing.B) {
	names := benchNames(1000)
	for b.Loop() {
		for _, n := range names {
			MakeNameKey(n)
		}
	}
}

func BenchmarkParseNameKey100k(b *testing.B) {
	keys := benchKeys(b, 100_000)
	encoded := make([]string, len(keys))
	for i, k := range keys {
		encoded[i] = k.String()
	}
	for b.Loop() {
		for _, s := range encoded {
			if _, err := ParseNameKey(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestMatchAgainstPlainSearch holds the bit-set matcher against the plain search on generated
// Chinese names and queries cut from their readings, which random fuzzing rarely finds.
func TestMatchAgainstPlainSearch(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for _, name := range benchNames(3000) {
		k := MakeNameKey(name)
		var query strings.Builder
		for _, group := range strings.Split(k.body(), " ") {
			alts := strings.Split(group, ",")
			alt := alts[rng.IntN(len(alts))]
			if rng.IntN(2) == 0 && len(alt) > 1 && alt != alts[0] {
				alt = alt[:1+rng.IntN(len(alt)-1)]
			}
			query.WriteString(alt)
		}
		q := query.String()
		for _, cut := range []string{q, q[:len(q)/2], q[len(q)/3:], q + "a"} {
			if !utf8.ValidString(cut) {
				continue
			}
			rank, ok := k.Match(cut)
			slowRank, slowOK := matchNameKeySlow(k.body(), cut)
			if ok != slowOK || ok && rank != slowRank {
				t.Errorf("Match(%q) in %s = %d %v, plain search says %d %v", cut, name, rank, ok, slowRank, slowOK)
			}
		}
		if rank, ok := k.Match(q); !ok || rank > RankInitials {
			t.Errorf("Match(%q) in %s = %d %v, want a match from the start", q, name, rank, ok)
		}
	}
}

// Names sort as a dictionary does, syllable by syllable: 陈 (chen) comes before 程 (cheng)
// whatever follows, so 陈嘉怡 is before 程刚 although "chenjiayi" > "chenggang" letter by letter.
func TestNameKeyPinyinSortsBySyllable(t *testing.T) {
	tests := []struct{ before, after string }{
		{"陈嘉怡", "程刚"}, {"范珍", "方刚"}, {"李娜", "李娜娜"}, {"王阿", "王安"}, {"单伟", "尚刚"},
	}
	for _, tt := range tests {
		a, b := MakeNameKey(tt.before).Pinyin(), MakeNameKey(tt.after).Pinyin()
		if a >= b {
			t.Errorf("%s (%q) should sort before %s (%q)", tt.before, a, tt.after, b)
		}
	}
}
