package sample

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// word is a piece of Chinese text with its pinyin, for names that also appear in e-mail addresses
// and WeChat ids.
type word struct {
	zh, py string
}

// weighted is a word drawn with a relative frequency.
type weighted struct {
	word
	weight int
}

// parseWords reads "汉字 pinyin, 汉字 pinyin, …".
func parseWords(list string) []word {
	var out []word
	for _, item := range strings.Split(list, ",") {
		f := strings.Fields(item)
		if len(f) != 2 {
			panic("sample: bad word entry " + item)
		}
		out = append(out, word{f[0], f[1]})
	}
	return out
}

// parseWeighted reads "汉字 pinyin weight, …".
func parseWeighted(list string) []weighted {
	var out []weighted
	for _, item := range strings.Split(list, ",") {
		var w weighted
		if _, err := fmt.Sscan(item, &w.zh, &w.py, &w.weight); err != nil {
			panic("sample: bad weighted entry " + item)
		}
		out = append(out, w)
	}
	return out
}

// picker draws from a weighted list in constant time per draw after building a cumulative table.
type picker[T any] struct {
	items []T
	cum   []int
}

func newPicker[T any](items []T, weight func(T) int) picker[T] {
	p := picker[T]{items: items, cum: make([]int, len(items))}
	total := 0
	for i, it := range items {
		total += weight(it)
		p.cum[i] = total
	}
	return p
}

func (p picker[T]) pick(r *rand.Rand) T {
	n := r.IntN(p.cum[len(p.cum)-1])
	lo, hi := 0, len(p.cum)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if p.cum[mid] > n {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return p.items[lo]
}

// Surnames with a rough share of how often they are met; rare and two-character surnames, some of
// them read differently as a surname (曾 zeng, 单 shan, 区 ou …), are in on purpose.
var surnames = lazily(func() picker[weighted] {
	return newPicker(parseWeighted(`王 wang 72, 李 li 72, 张 zhang 68, 刘 liu 54, 陈 chen 46,
	杨 yang 32, 黄 huang 24, 赵 zhao 23, 吴 wu 21, 周 zhou 21, 徐 xu 15, 孙 sun 14, 马 ma 13, 朱 zhu 13,
	胡 hu 12, 郭 guo 12, 何 he 11, 高 gao 10, 林 lin 10, 罗 luo 9, 郑 zheng 9, 梁 liang 8, 谢 xie 7,
	宋 song 7, 唐 tang 7, 许 xu 6, 韩 han 6, 冯 feng 6, 邓 deng 6, 曹 cao 6, 彭 peng 5, 曾 zeng 5,
	肖 xiao 5, 田 tian 5, 董 dong 5, 袁 yuan 5, 潘 pan 4, 于 yu 4, 蒋 jiang 4, 蔡 cai 4, 余 yu 4,
	杜 du 4, 叶 ye 4, 程 cheng 4, 苏 su 4, 魏 wei 4, 吕 lv 4, 丁 ding 4, 任 ren 4, 沈 shen 4, 姚 yao 3,
	卢 lu 3, 姜 jiang 3, 崔 cui 3, 钟 zhong 3, 谭 tan 3, 陆 lu 3, 汪 wang 3, 范 fan 3, 金 jin 3, 石 shi 3,
	廖 liao 3, 贾 jia 3, 夏 xia 3, 韦 wei 3, 付 fu 3, 方 fang 3, 白 bai 3, 邹 zou 3, 孟 meng 3, 熊 xiong 3,
	秦 qin 3, 邱 qiu 3, 江 jiang 3, 尹 yin 3, 薛 xue 2, 闫 yan 2, 段 duan 2, 雷 lei 2, 侯 hou 2, 龙 long 2,
	史 shi 2, 陶 tao 2, 黎 li 2, 贺 he 2, 顾 gu 2, 毛 mao 2, 郝 hao 2, 龚 gong 2, 邵 shao 2, 万 wan 2,
	钱 qian 2, 严 yan 2, 覃 qin 2, 武 wu 2, 戴 dai 2, 莫 mo 2, 孔 kong 2, 向 xiang 2, 汤 tang 2,
	单 shan 1, 解 xie 1, 区 ou 1, 查 zha 1, 仇 qiu 1, 朴 piao 1, 盖 ge 1, 欧阳 ouyang 1, 尉迟 yuchi 1,
	司马 sima 1, 诸葛 zhuge 1, 上官 shangguan 1`), func(w weighted) int { return w.weight })
})

// Given names, one or two characters, as parents in China commonly choose them.
var maleGiven = lazily(func() []word {
	return parseWords(`伟 wei, 强 qiang, 磊 lei, 军 jun, 勇 yong, 杰 jie, 涛 tao, 斌 bin, 超 chao,
		明 ming, 刚 gang, 平 ping, 辉 hui, 鹏 peng, 飞 fei, 鑫 xin, 波 bo, 宇 yu, 浩 hao, 凯 kai, 健 jian,
		峰 feng, 亮 liang, 建华 jianhua, 建国 jianguo, 志强 zhiqiang, 志明 zhiming, 海涛 haitao,
		晓东 xiaodong, 文杰 wenjie, 俊杰 junjie, 子豪 zihao, 浩然 haoran, 宇航 yuhang, 明辉 minghui,
		国庆 guoqing, 永刚 yonggang, 卫东 weidong, 立新 lixin, 振华 zhenhua, 德明 deming, 家豪 jiahao,
		天宇 tianyu, 博文 bowen, 思远 siyuan, 嘉伟 jiawei, 少华 shaohua, 春生 chunsheng, 文斌 wenbin,
		晓峰 xiaofeng, 建军 jianjun, 海波 haibo, 鹏飞 pengfei, 一鸣 yiming, 子轩 zixuan, 国栋 guodong,
		学军 xuejun, 红兵 hongbing, 长青 changqing, 宏伟 hongwei, 志刚 zhigang, 文龙 wenlong, 泽宇 zeyu,
		俊豪 junhao, 成 cheng, 斌斌 binbin, 荣 rong, 庆华 qinghua, 景涛 jingtao`)
})

var femaleGiven = lazily(func() []word {
	return parseWords(`芳 fang, 娜 na, 敏 min, 静 jing, 丽 li, 艳 yan, 燕 yan, 霞 xia, 玲 ling,
		颖 ying, 琳 lin, 洁 jie, 晶 jing, 婷 ting, 雪 xue, 琴 qin, 红 hong, 梅 mei, 莉 li, 萍 ping, 蕾 lei,
		薇 wei, 倩 qian, 丽娟 lijuan, 秀英 xiuying, 桂英 guiying, 玉兰 yulan, 婷婷 tingting, 晓燕 xiaoyan,
		丽华 lihua, 秀兰 xiulan, 静怡 jingyi, 欣怡 xinyi, 雨欣 yuxin, 梦瑶 mengyao, 佳怡 jiayi, 雪梅 xuemei,
		海燕 haiyan, 春梅 chunmei, 慧敏 huimin, 丽萍 liping, 美玲 meiling, 晓红 xiaohong, 淑珍 shuzhen,
		建红 jianhong, 丹丹 dandan, 晓丽 xiaoli, 文静 wenjing, 思琪 siqi, 雅婷 yating, 晓雯 xiaowen,
		秋菊 qiuju, 凤英 fengying, 亚楠 yanan, 紫涵 zihan, 若曦 ruoxi, 莉莉 lili, 红梅 hongmei, 玉洁 yujie`)
})

// person is a generated person: name, its pinyin, sex and year of birth.
type person struct {
	name, surname, given string
	py, spy, gpy         string // pinyin of the whole name, the surname and the given name
	female               bool
	born                 int // year
}

// reservedNames are never generated: tests and tutorials add these themselves and expect them unique.
var reservedNames = map[string]bool{"张三": true, "李四": true, "王五": true}

// newPerson makes a person of at least minAge and at most 61.
func newPerson(r *rand.Rand, thisYear, minAge int) person {
	for {
		s := surnames.get().pick(r)
		p := person{surname: s.zh, female: r.IntN(100) < 42}
		pool := maleGiven.get()
		if p.female {
			pool = femaleGiven.get()
		}
		g := pool[r.IntN(len(pool))]
		p.given = g.zh
		p.name = s.zh + g.zh
		p.py, p.spy, p.gpy = s.py+g.py, s.py, g.py
		p.born = thisYear - minAge - r.IntN(62-minAge)
		if !reservedNames[p.name] {
			return p
		}
	}
}

// honorific is how a salesperson addresses someone in speech and notes: 王总, 李经理, 陈工, 小周.
func honorific(surname, title string, female bool) string {
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(title, w) {
				return true
			}
		}
		return false
	}
	switch {
	case has("院长"):
		return surname + "院长"
	case has("处长"):
		return surname + "处"
	case has("厂长"):
		return surname + "厂长"
	case has("总", "董事", "老板", "店主"):
		return surname + "总"
	case has("主任"):
		return surname + "主任"
	case has("部长"):
		return surname + "部长"
	case has("经理", "主管"):
		return surname + "经理"
	case has("工程师", "技术", "负责人"):
		return surname + "工"
	case has("会计"):
		return surname + "会计"
	case has("专员", "助理"):
		if len([]rune(surname)) == 1 {
			return "小" + surname
		}
	}
	if female {
		return surname + "女士"
	}
	return surname + "先生"
}

// Mobile number prefixes of the three carriers.
var mobilePrefixes = []string{"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
	"152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "180", "181", "182",
	"183", "185", "186", "187", "188", "189", "191", "198", "199"}

// mobile returns an 11-digit mobile number, written the way people type them: run together, or in
// groups of 3-4-4.
func mobile(r *rand.Rand) string {
	p := mobilePrefixes[r.IntN(len(mobilePrefixes))]
	a, b := r.IntN(10000), r.IntN(10000)
	switch r.IntN(5) {
	case 0:
		return fmt.Sprintf("%s %04d %04d", p, a, b)
	case 1:
		return fmt.Sprintf("%s-%04d-%04d", p, a, b)
	}
	return fmt.Sprintf("%s%04d%04d", p, a, b)
}

// landline returns an office number with the city's area code: 0512-6523 8871.
func landline(r *rand.Rand, area string) string {
	first := 2 + r.IntN(7)
	n := fmt.Sprintf("%d%07d", first, r.IntN(10_000_000))
	if r.IntN(3) == 0 {
		return area + "-" + n
	}
	return area + "-" + n[:4] + " " + n[4:]
}

// Free mail providers people in China use for their own address.
var mailHosts = []string{"163.com", "163.com", "126.com", "qq.com", "qq.com", "qq.com", "sina.com", "foxmail.com",
	"139.com", "aliyun.com"}

// privateEmail returns an address at a free provider: pinyin with a year or a lucky number, or a
// QQ number.
func privateEmail(r *rand.Rand, p person) string {
	host := mailHosts[r.IntN(len(mailHosts))]
	switch r.IntN(4) {
	case 0:
		return fmt.Sprintf("%d@qq.com", 10_000_000+r.IntN(2_000_000_000))
	case 1:
		return fmt.Sprintf("%s%d@%s", p.py, p.born, host)
	case 2:
		return fmt.Sprintf("%s_%d@%s", p.py, 6+r.IntN(4)*111, host)
	}
	return p.py + "@" + host
}

// workEmail returns an address at the company's own domain.
func workEmail(r *rand.Rand, p person, domain string) string {
	if r.IntN(4) == 0 {
		return p.spy + "." + p.gpy + "@" + domain
	}
	return p.py + "@" + domain
}

const wechatLetters = "abcdefghijklmnopqrstuvwxyz0123456789"

// wechatID returns a WeChat id in one of the shapes people use: wxid_…, pinyin with digits, or the
// mobile number itself.
func wechatID(r *rand.Rand, p person, phone string) string {
	switch r.IntN(4) {
	case 0:
		var b strings.Builder
		b.WriteString("wxid_")
		for range 14 {
			b.WriteByte(wechatLetters[r.IntN(len(wechatLetters))])
		}
		return b.String()
	case 1:
		if d := digitsOnly(phone); len(d) == 11 {
			return d
		}
	case 2:
		return fmt.Sprintf("%s%02d", p.py, p.born%100)
	}
	return fmt.Sprintf("%s_%d", p.py, 100+r.IntN(900))
}

func digitsOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}
