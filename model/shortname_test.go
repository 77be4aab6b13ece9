package model

import "testing"

func TestShortCompanyName(t *testing.T) {
	checkAnswers(t, "ShortCompanyName", ShortCompanyName, answers[string, string]{
		{"上海浦东新区华东精密机械制造有限公司", "华东精密机械制造"},
		{"苏州骏马轨道交通设备股份有限公司", "骏马轨道交通设备"},
		{"深圳市宏图电子有限公司", "宏图电子"},
		{"广东省佛山市顺德区美达电器集团有限公司", "美达电器"},
		{"江苏昆山市精工模具有限责任公司", "精工模具"},
		{"北京市海淀区中关村科技集团", "中关村科技"},
		{"广西壮族自治区南宁糖业股份有限公司", "南宁糖业"},
		{"湖北省武汉市东湖新技术开发区长城汽车零部件有限公司", "长城汽车零部件"},
		{"北京经济技术开发区京东方科技有限公司", "京东方科技"},
		{"上海自由贸易试验区鸿运包装材料有限公司", "鸿运包装材料"},
		{"天津滨海高新技术产业开发区天宇物流有限公司", "天宇物流"},
		{"北京开发区建设有限公司", "开发区建设"},
		{"上海园区物业管理有限公司", "园区物业管理"},
		{"华为技术有限公司", "华为技术"},
		{"韩氏集团", "韩氏"},
		{"上海市公司", "上海市"},
		{"上海公司", "上海"},
		{"浙江大学", "浙江大学"},
		{"上海", "上海"},
		{"Acme Corp", "Acme Corp"},
		{"", ""},
		{"  杭州西湖茶叶有限公司 ", "西湖茶叶"},
	})
}

func TestShortNameOr(t *testing.T) {
	cases := []struct{ given, company, want string }{
		{"", "上海浦东新区华东精密机械制造有限公司", "华东精密机械制造"},
		{"华精", "上海浦东新区华东精密机械制造有限公司", "华精"},
		{"华精", "", "华精"},
		{"", "", ""},
	}
	for _, c := range cases {
		if got := ShortNameOr(c.given, c.company); got != c.want {
			t.Errorf("ShortNameOr(%q, %q) = %q, want %q", c.given, c.company, got, c.want)
		}
		cu := Customer{ShortName: c.given, Company: c.company}
		it := ChecklistItem{ShortName: c.given, Company: c.company}
		if cu.CompanyShortName() != c.want || it.CompanyShortName() != c.want {
			t.Errorf("CompanyShortName of %q, %q: %q and %q, want %q", c.given, c.company, cu.CompanyShortName(), it.CompanyShortName(), c.want)
		}
	}
}
