package sample

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// city is where a customer sits: the name used in company names, the region as 省/市, the area
// code of its landlines, a few districts for addresses, and how often the salesperson, who works
// out of Suzhou and covers the Yangtze delta first, has customers there.
type city struct {
	name, py, region, area string
	districts              []string
	weight                 int
}

var cities = lazily(func() picker[city] {
	return newPicker([]city{
		{"苏州", "sz", "江苏省苏州市", "0512", []string{"工业园区", "吴中区", "相城区", "高新区", "吴江区"}, 18},
		{"上海", "sh", "上海市", "021", []string{"浦东新区", "闵行区", "嘉定区", "松江区", "青浦区"}, 12},
		{"无锡", "wx", "江苏省无锡市", "0510", []string{"新吴区", "滨湖区", "惠山区"}, 8},
		{"常州", "cz", "江苏省常州市", "0519", []string{"武进区", "新北区"}, 5},
		{"南京", "nj", "江苏省南京市", "025", []string{"江宁区", "栖霞区", "浦口区"}, 6},
		{"南通", "nt", "江苏省南通市", "0513", []string{"崇川区", "通州区"}, 3},
		{"扬州", "yz", "江苏省扬州市", "0514", []string{"邗江区", "江都区"}, 2},
		{"镇江", "zj", "江苏省镇江市", "0511", []string{"京口区", "丹徒区"}, 2},
		{"杭州", "hz", "浙江省杭州市", "0571", []string{"萧山区", "余杭区", "滨江区"}, 7},
		{"宁波", "nb", "浙江省宁波市", "0574", []string{"北仑区", "鄞州区", "镇海区"}, 5},
		{"嘉兴", "jx", "浙江省嘉兴市", "0573", []string{"南湖区", "秀洲区"}, 3},
		{"绍兴", "sx", "浙江省绍兴市", "0575", []string{"柯桥区", "越城区"}, 3},
		{"温州", "wz", "浙江省温州市", "0577", []string{"鹿城区", "瓯海区"}, 2},
		{"台州", "tz", "浙江省台州市", "0576", []string{"椒江区", "黄岩区"}, 2},
		{"金华", "jh", "浙江省金华市", "0579", []string{"婺城区", "金东区"}, 2},
		{"合肥", "hf", "安徽省合肥市", "0551", []string{"蜀山区", "包河区"}, 3},
		{"北京", "bj", "北京市", "010", []string{"朝阳区", "海淀区", "大兴区"}, 2},
		{"天津", "tj", "天津市", "022", []string{"滨海新区", "西青区"}, 1},
		{"深圳", "szx", "广东省深圳市", "0755", []string{"南山区", "宝安区", "龙岗区"}, 3},
		{"广州", "gz", "广东省广州市", "020", []string{"黄埔区", "番禺区", "白云区"}, 2},
		{"东莞", "dg", "广东省东莞市", "0769", []string{"松山湖", "长安镇", "虎门镇"}, 2},
		{"佛山", "fs", "广东省佛山市", "0757", []string{"顺德区", "南海区"}, 1},
		{"青岛", "qd", "山东省青岛市", "0532", []string{"黄岛区", "城阳区"}, 1},
		{"济南", "jn", "山东省济南市", "0531", []string{"历下区", "章丘区"}, 1},
		{"武汉", "wh", "湖北省武汉市", "027", []string{"东西湖区", "江夏区"}, 1},
		{"长沙", "cs", "湖南省长沙市", "0731", []string{"雨花区", "望城区"}, 1},
		{"成都", "cd", "四川省成都市", "028", []string{"高新区", "双流区"}, 1},
		{"重庆", "cq", "重庆市", "023", []string{"渝北区", "九龙坡区"}, 1},
		{"西安", "xa", "陕西省西安市", "029", []string{"高新区", "经开区"}, 1},
		{"郑州", "zz", "河南省郑州市", "0371", []string{"金水区", "经开区"}, 1},
		{"厦门", "xm", "福建省厦门市", "0592", []string{"湖里区", "集美区"}, 1},
	}, func(c city) int { return c.weight })
})

// Trade names (字号): two characters of good omen, as most Chinese firms choose them.
var brands = lazily(func() []word {
	return parseWords(`恒达 hengda, 华信 huaxin, 宏远 hongyuan, 金鼎 jinding, 瑞丰 ruifeng, 永泰 yongtai,
	鑫源 xinyuan, 汇通 huitong, 博远 boyuan, 中鼎 zhongding, 天成 tiancheng, 盛泰 shengtai, 佳和 jiahe,
	德润 derun, 新锐 xinrui, 凯旋 kaixuan, 华盛 huasheng, 东升 dongsheng, 联创 lianchuang, 远航 yuanhang,
	明达 mingda, 精工 jinggong, 宏图 hongtu, 天润 tianrun, 众诚 zhongcheng, 信达 xinda, 康泰 kangtai,
	安捷 anjie, 海川 haichuan, 卓越 zhuoyue, 万通 wantong, 同创 tongchuang, 易达 yida, 启航 qihang,
	普瑞 purui, 科瑞 kerui, 金阳 jinyang, 润泽 runze, 铭扬 mingyang, 君诚 juncheng, 弘毅 hongyi,
	旭日 xuri, 鼎盛 dingsheng, 恒信 hengxin, 宝丰 baofeng, 通达 tongda, 华美 huamei, 泰和 taihe,
	瑞祥 ruixiang, 永兴 yongxing, 嘉诚 jiacheng, 立新 lixin, 昊天 haotian, 晟华 shenghua, 锦程 jincheng,
	睿达 ruida, 翔宇 xiangyu, 正阳 zhengyang, 圣元 shengyuan, 诺德 nuode, 美嘉 meijia, 协和 xiehe,
	亿丰 yifeng, 力源 liyuan, 申达 shenda, 致远 zhiyuan, 恒昌 hengchang, 达利 dali, 汇丰源 huifengyuan,
	金桥 jinqiao, 天弘 tianhong, 华腾 huateng, 骏马 junma, 银泰丰 yintaifeng, 长兴 changxing`)
})

// industry is a line of business: the words it puts in a company name, the label the book files
// it under, and the pinyin initials of its domain part.
type industry struct {
	nameWord, label, py string
	weight              int
}

var industries = lazily(func() picker[industry] {
	return newPicker([]industry{
		{"精密机械", "机械制造", "jm", 9},
		{"智能装备", "装备制造", "zn", 6},
		{"汽车零部件", "汽车零部件", "auto", 7},
		{"电子科技", "电子信息", "tech", 8},
		{"电气设备", "电气设备", "dq", 5},
		{"新材料", "新材料", "xcl", 4},
		{"医疗器械", "医疗器械", "med", 4},
		{"食品", "食品饮料", "food", 4},
		{"包装材料", "包装印刷", "pack", 4},
		{"环保科技", "节能环保", "hb", 3},
		{"纺织", "纺织服装", "tex", 3},
		{"化工", "化工", "chem", 3},
		{"光电科技", "光电", "gd", 3},
		{"模具", "机械制造", "mould", 3},
		{"五金制品", "五金", "wj", 3},
		{"塑胶制品", "塑料制品", "sj", 3},
		{"家具", "家具", "jj", 2},
		{"生物科技", "生物医药", "bio", 2},
		{"新能源科技", "新能源", "ne", 4},
		{"物流", "交通物流", "wl", 2},
		{"建设工程", "建筑工程", "js", 2},
		{"商贸", "批发零售", "trade", 2},
	}, func(i industry) int { return i.weight })
})

// company is a generated organisation: its full registered name, the short name people use, and
// what goes with it.
type company struct {
	name, short, domain string
	city                city
	industry            industry
	size                string
	capital             int64 // yuan
	institution         bool
}

// newCompany makes a company name of the usual shape 城市 + 字号 + 行业 + 有限公司; large firms
// are sometimes a 股份 or 集团 company, and a key account may be an institution that buys by tender.
func newCompany(r *rand.Rand, c city, size string, institutional bool) company {
	b := brands.get()[r.IntN(len(brands.get()))]
	ind := industries.get().pick(r)
	co := company{city: c, industry: ind, size: size, short: b.zh}
	if institutional && r.IntN(3) == 0 {
		inst := institutions[r.IntN(len(institutions))]
		co.institution = true
		co.name = fmt.Sprintf(inst.pattern, c.name, b.zh)
		co.industry = industry{nameWord: inst.label, label: inst.label, py: inst.py}
		co.domain = c.py + b.py + "." + inst.tld
		co.short = strings.TrimPrefix(co.name, c.name)
		return co
	}
	suffix := "有限公司"
	switch {
	case size == "大" && r.IntN(3) == 0:
		suffix = "股份有限公司"
	case size == "大" && r.IntN(3) == 0:
		suffix = "集团有限公司"
	case r.IntN(25) == 0:
		suffix = "有限责任公司"
	}
	co.name = c.name + b.zh + ind.nameWord + suffix
	switch r.IntN(4) {
	case 0:
		co.domain = b.py + "-" + ind.py + ".com"
	case 1:
		co.domain = c.py + b.py + ".com"
	case 2:
		co.domain = b.py + ".com.cn"
	default:
		co.domain = b.py + ind.py + ".cn"
	}
	switch size {
	case "大":
		co.capital = int64(5_000+r.IntN(45_000)) * 10_000
	case "中":
		co.capital = int64(500+r.IntN(4_500)) * 10_000
	default:
		co.capital = int64(50+r.IntN(450)) * 10_000
	}
	return co
}

// Institutions that buy by tender: colleges buy training rigs, hospitals and transit companies buy
// automation for their own plants.
var institutions = []struct{ pattern, label, py, tld string }{
	{"%s%s职业技术学院", "教育", "edu", "edu.cn"},
	{"%s%s理工学校", "教育", "edu", "edu.cn"},
	{"%s%s医院", "医疗卫生", "hos", "com"},
	{"%s%s水务集团有限公司", "公用事业", "water", "com"},
	{"%s%s轨道交通运营有限公司", "交通运输", "metro", "com"},
}

// shopName is the small business a person customer runs in a district: a workshop, a trading
// office, a store.
func shopName(r *rand.Rand, c city, district string) string {
	b := brands.get()[r.IntN(len(brands.get()))]
	kinds := []string{"机电经营部", "五金商行", "自动化设备厂", "机械加工厂", "工控设备商行", "电气工程部", "模具加工坊"}
	return c.name + district + b.zh + kinds[r.IntN(len(kinds))]
}

var roads = []string{"人民路", "建设路", "长江路", "黄河路", "科技大道", "创业路", "工业大道", "金山路", "新华路",
	"解放路", "中山路", "和平路", "振兴路", "兴业路", "发展大道", "春风路", "星湖街", "东环路", "滨江大道", "开源路",
	"锦绣路", "富民路", "华山路", "青年路", "纬三路", "经五路"}

// address returns a street address in a district: road and number, and for a firm its building
// or plant.
func address(r *rand.Rand, d string, firm bool) string {
	road := roads[r.IntN(len(roads))]
	n := 1 + r.IntN(988)
	switch {
	case firm && r.IntN(2) == 0:
		return fmt.Sprintf("%s%s%d号%d号厂房", d, road, n, 1+r.IntN(8))
	case firm:
		return fmt.Sprintf("%s%s%d号%s座%d%02d室", d, road, n, string(rune('A'+r.IntN(4))), 2+r.IntN(20), 1+r.IntN(20))
	}
	return fmt.Sprintf("%s%s%d弄%d号%d室", d, road, n, 1+r.IntN(40), 100*(1+r.IntN(18))+1+r.IntN(4))
}
