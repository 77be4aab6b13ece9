package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"strings"

	"github.com/spf13/pflag"
)

func defineList(c *cli, fs *pflag.FlagSet) func([]string) error {
	query := fs.String("query", "", c.tr("搜索 `Q`，和列表里的搜索一样：姓名及其拼音和首字母、公司、电话、邮箱、微信、标签、地区、行业、联系人、备注和联系记录",
		"search for `Q` as the list does: names with their pinyin and initials, company, phone, email, WeChat, tags, region, industry, contacts, notes and logged contacts"))
	level := fs.String("level", "", c.tr("只看级别 `L`（代码或中文名）", "only level `L` (code or Chinese name)"))
	stage := fs.String("stage", "", c.tr("只看阶段 `S`", "only stage `S`"))
	typ := fs.String("type", "", c.tr("只看性格类型 `T`", "only personality type `T`"))
	sortKey := fs.String("sort", "", c.trf("排序 `KEY`：%s", "order by `KEY`: %s", sortKeyList()))
	asJSON := fs.Bool("json", false, c.tr("输出 JSON 数组", "print a JSON array"))
	segment := fs.String("segment", "", c.tr("只看已保存的列表 `NAME`（guanxi segment list 查看）", "only the saved list `NAME` (see guanxi segment list)"))
	where := fs.String("where", "", c.tr("按条件 `QUERY` 筛选，如 'level:vip orders_12m>50万'", "only customers matching `QUERY`, e.g. 'level:vip orders_12m>50万'"))
	return func([]string) error {
		q := store.ListQuery{Text: *query}
		if *level != "" {
			code, err := c.parseCode(model.LevelCodes, "level", "level", *level)
			if err != nil {
				return err
			}
			q.Level = model.Level(code)
		}
		if *stage != "" {
			code, err := c.parseCode(model.Stages, "stage", "stage", *stage)
			if err != nil {
				return err
			}
			q.Stage = model.Stage(code)
		}
		if *sortKey != "" {
			k, ok := findSortKey(*sortKey)
			if !ok {
				return c.usagef("--sort：未知的排序“%s”；可选：%s", "--sort: unknown order %q; use one of %s", *sortKey, sortKeyList())
			}
			q.Sort = k
		}
		s, err := c.open()
		if err != nil {
			return err
		}
		defer s.Close()
		types, catalog, err := c.catalog(s)
		if err != nil {
			return err
		}
		if *typ != "" {
			t, err := model.FindType(types, *typ)
			if err != nil {
				return err
			}
			q.Type = t.Code
		}
		if q.Segment, err = c.segmentFilter(s, *segment, *where); err != nil {
			return err
		}
		// JSON promises every field, read in one query.
		rows, err := s.SearchCustomers(c.ctx, q, *asJSON)
		if err != nil {
			return err
		}
		if *asJSON {
			out := make([]customerJSON, 0, len(rows))
			for _, r := range rows {
				out = append(out, toCustomerJSON(r))
			}
			refs := make([]*customerJSON, len(out))
			for i := range out {
				refs[i] = &out[i]
			}
			if err := c.fillABC(s, refs...); err != nil {
				return err
			}
			return c.writeJSON(out)
		}
		c.printCustomers(rows, catalog)
		return nil
	}
}

func findSortKey(s string) (store.SortKey, bool) {
	t := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "-", "_")
	for _, k := range store.SortKeys {
		if string(k) == t {
			return k, true
		}
	}
	return "", false
}

func sortKeyList() string {
	names := make([]string, len(store.SortKeys))
	for i, k := range store.SortKeys {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

// printCustomers prints the customer list as a table, the next due date red when it has passed.
func (c *cli) printCustomers(rows []model.Customer, catalog map[string]model.PersonalityType) {
	if len(rows) == 0 {
		fmt.Fprintln(c.stdout, c.tr("没有符合条件的客户。", "No customers match."))
		return
	}
	today := c.today()
	t := &table{max: []int{8, 20, 24, 12, 10, 12, 12, 20}}
	t.add(cell{text: c.tr("编号", "ID")}, cell{text: c.tr("姓名", "NAME")}, cell{text: c.tr("公司", "COMPANY")},
		cell{text: c.tr("级别", "LEVEL")}, cell{text: c.tr("阶段", "STAGE")}, cell{text: c.tr("上次联系", "LAST CONTACT")},
		cell{text: c.tr("下次跟进", "NEXT DUE")}, cell{text: c.tr("性格", "TYPES")})
	for _, cu := range rows {
		next := cell{text: dateText(cu.NextDueOn)}
		if !cu.NextDueOn.IsZero() && cu.NextDueOn.Before(today) {
			next.sgr = sgrRed
		}
		t.add(cell{text: fmt.Sprint(cu.ID)}, txt(cu.Name), txt(cu.Company), cell{text: c.levelName(cu.Level)},
			cell{text: c.stageName(cu.Stage)}, cell{text: dateText(cu.LastContactOn)}, next,
			txt(c.typeNames(cu.Types, catalog)))
	}
	c.writeTable(c.stdout, t, true)
	if len(rows) == 1 {
		fmt.Fprintln(c.stdout, c.tr("共 1 位客户", "1 customer"))
		return
	}
	fmt.Fprintln(c.stdout, c.trf("共 %d 位客户", "%d customers", len(rows)))
}
