package model

import (
	"strings"
	"unicode/utf8"
)

// Chinese users call a company by a short name (简称): its registered name without the region in
// front and the legal form at the end — 上海浦东新区华东精密机械制造有限公司 is 华东精密机械制造.
// Screens use it where space is short.

// regionPrefixes are the provinces, regions and larger cities a registered name may begin with.
var regionPrefixes = strings.Fields(`内蒙古 黑龙江 北京 天津 上海 重庆 河北 山西 辽宁 吉林 江苏 浙江 安徽 福建 江西
	山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾 广西 西藏 宁夏 新疆 香港 澳门
	深圳 广州 苏州 杭州 南京 武汉 成都 西安 青岛 大连 宁波 厦门 无锡 佛山 东莞 长沙 郑州 济南 合肥 福州
	昆明 沈阳 哈尔滨 长春 石家庄 太原 南昌 南宁 贵阳 兰州 海口 常州 温州 珠海 中山 惠州 烟台 潍坊 绍兴
	嘉兴 台州 金华 泉州 徐州 南通 扬州 昆山 义乌 保定 唐山 洛阳 芜湖 桂林 三亚 拉萨 银川 西宁 乌鲁木齐
	呼和浩特`)

// regionSuffixes may follow a region's name: 广东省, 上海市, 广西壮族自治区.
var regionSuffixes = []string{"壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"}

// legalForms are the endings of a registered name that say its legal form, longest first.
var legalForms = []string{"集团股份有限公司", "集团有限责任公司", "股份有限公司", "有限责任公司", "集团有限公司",
	"有限公司", "股份公司", "集团公司", "总公司", "公司", "集团"}

// minShortRunes is the shortest a short name may become: a name is never cut to a single character.
const minShortRunes = 2

// ShortCompanyName returns the short name of a registered company name: the region in front (a
// province or city, then a district or county: 浦东新区, 昆山市, 吴中区) and the legal form at the end
// taken off, as long as two characters or more are left. A name in Latin letters is kept whole.
func ShortCompanyName(name string) string {
	s := strings.TrimSpace(name)
	// The legal form first: a name may be nothing but a region and a form (上海市公司).
	for _, f := range legalForms {
		if t, ok := strings.CutSuffix(s, f); ok && utf8.RuneCountInString(t) >= minShortRunes {
			s = t
			break
		}
	}
	// A province, then a city (广东省佛山市), then a district; what is left must still read as a
	// name of three characters or more (浙江大学 stays whole).
	cutRegion := false
	for range 2 {
		t, ok := cutRegionPrefix(s)
		if !ok {
			break
		}
		s, cutRegion = t, true
	}
	if cutRegion {
		s = cutDistrict(s)
	}
	return s
}

// minRestRunes is how long a name must stay after its region is taken off.
const minRestRunes = 3

// cutRegionPrefix takes a province or city, with its 省 or 市, off the front of a name.
func cutRegionPrefix(s string) (string, bool) {
	for _, r := range regionPrefixes {
		t, ok := strings.CutPrefix(s, r)
		if !ok {
			continue
		}
		for _, suf := range regionSuffixes {
			if u, ok := strings.CutPrefix(t, suf); ok {
				t = u
				break
			}
		}
		if utf8.RuneCountInString(t) >= minRestRunes {
			return t, true
		}
		return s, false
	}
	return s, false
}

// cutDistrict takes a district or county (2 to 4 characters ending in 区, 县 or 市) off the front of
// a name whose province or city was taken off: 浦东新区华东精密 becomes 华东精密.
func cutDistrict(s string) string {
	runes := []rune(s)
	if rest, ok := cutZone(runes); ok {
		return rest
	}
	for n := 2; n <= 4 && n < len(runes); n++ {
		switch runes[n] {
		case '区', '县', '市':
			if rest := runes[n+1:]; len(rest) >= minRestRunes {
				return string(rest)
			}
			return s
		}
	}
	return s
}

// ShortNameOr is the short name a screen shows for a company: the one the user gave (given), or
// else the one ShortCompanyName computes.
func ShortNameOr(given, company string) string {
	if given != "" {
		return given
	}
	return ShortCompanyName(company)
}

// CompanyShortName is the short name of the customer's company (ShortNameOr).
func (c *Customer) CompanyShortName() string { return ShortNameOr(c.ShortName, c.Company) }

// CompanyShortName is the short name of the item's company (ShortNameOr).
func (it *ChecklistItem) CompanyShortName() string { return ShortNameOr(it.ShortName, it.Company) }

// zoneEndings end the names of development zones, which are longer than a district's:
// 东湖新技术开发区, 经济技术开发区, 自由贸易试验区.
var zoneEndings = []string{"开发区", "试验区", "保税区", "园区", "新区"}

// maxZoneRunes is the longest development zone's name taken off the front of a company's name.
const maxZoneRunes = 12

// cutZone takes a development zone's name off the front of a company's name whose province or
// city was taken off: 东湖新技术开发区长城汽车零部件 becomes 长城汽车零部件.
func cutZone(runes []rune) (string, bool) {
	head := string(runes[:min(len(runes), maxZoneRunes)])
	for _, e := range zoneEndings {
		// The ending alone names no zone: 园区物业管理 is a company's own name.
		i := strings.Index(head, e)
		if i <= 0 {
			continue
		}
		rest := runes[utf8.RuneCountInString(head[:i+len(e)]):]
		if len(rest) >= minRestRunes {
			return string(rest), true
		}
		return "", false
	}
	return "", false
}
