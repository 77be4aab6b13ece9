package cli

import (
	"fmt"
	"guanxi/model"
	"guanxi/ui/kit"
	"math"
	"strings"

	"github.com/spf13/cobra"
)

// newReportCmd is `guanxi report [--json]`.
func (c *cli) newReportCmd() *cobra.Command {
	return c.jsonCommand("report", "report [--json]", texts.Report.Short, texts.Shared.PrintJSONObject, c.runReport)
}

// runReport runs `guanxi report`, as JSON when asJSON.
func (c *cli) runReport(asJSON bool) error {
	s, autoLevels, err := c.openShowingLevels()
	if err != nil {
		return err
	}
	defer s.Close()
	if autoLevels {
		if _, err := s.ApplyAutoLevels(c.ctx); err != nil {
			return err
		}
	}
	r, err := s.Analysis(c.ctx)
	if err != nil {
		return err
	}
	if asJSON {
		return c.writeJSON(toReportJSON(r))
	}
	c.printReport(r)
	return nil
}

// blockBar draws a share from 0 to 1 as a bar of width cells in block characters, eighths included.
func blockBar(share float64, width int) string {
	if math.IsNaN(share) || share < 0 {
		share = 0
	}
	eighths := int(math.Round(min(share, 1) * float64(width*8)))
	full, part := eighths/8, eighths%8
	bar := strings.Repeat("█", full)
	if part > 0 {
		bar += string([]rune("▏▎▍▌▋▊▉")[part-1])
	}
	return bar
}

func pct(part, whole float64) float64 {
	if whole <= 0 {
		return 0
	}
	return part * 100 / whole
}

// printReport prints the analysis as the view shows it: value classes and the Pareto curve, counts,
// old customers, the dormant and the lost, the top ten of two years, who buys little of our range,
// what is owed by age and who complained more than once.
func (c *cli) printReport(r *model.Report) {
	w := c.stdout
	cs := r.Settings
	barW := max(min(c.stdout.width-50, 30), 10)
	w.styledLine(styleBold, c.tf(texts.Report.AnalysisCustomers, r.Today, r.Customers))

	c.heading(c.tf(texts.Report.ValueClassesB,
		cs.PeriodText().In(c.lang), r.Revenue, cs.Get("a_percent"), cs.Get("b_percent")))
	t := &table{}
	for _, a := range r.ABC {
		share := pct(float64(a.Revenue), float64(r.Revenue))
		t.add(cell{text: model.NameOf(model.ABCCodes, a.Class, c.lang)}, cell{text: c.tf(texts.Report.Count, a.Customers)},
			cell{text: a.Revenue.Short()}, cell{text: fmt.Sprintf("%5.1f%%", share)}, cell{text: blockBar(share/100, barW)})
	}
	writeTable(w, t, false)
	var steps []string
	for _, p := range r.Pareto {
		if p.CustomerPct == 5 || p.CustomerPct == 10 || p.CustomerPct == 20 || p.CustomerPct == 50 {
			steps = append(steps, c.tf(texts.Report.Top, p.CustomerPct, p.RevenuePct))
		}
	}
	fmt.Fprintln(w, c.t(texts.Report.ParetoCustomersRevenue)+strings.Join(steps, " · "))

	for _, sec := range []struct {
		title model.Text
		list  []model.Code
		rows  []model.CodeCount
	}{
		{kit.Texts.Analysis.Levels, model.LevelCodes(), r.Levels},
		{kit.Texts.Analysis.Stages, model.Stages, r.Stages},
		{texts.Report.ByRelationship, model.Relations, r.Rels},
	} {
		c.heading(sec.title.In(c.lang))
		t := &table{}
		for _, row := range sec.rows {
			t.add(txt(model.NameOf(sec.list, row.Code, c.lang)), cell{text: fmt.Sprint(row.Count)},
				cell{text: blockBar(pct(float64(row.Count), float64(r.Customers))/100, barW)})
		}
		writeTable(w, t, false)
	}

	tn := r.Tenure
	c.heading(c.tf(kit.Texts.Analysis.Tenure, cs.OldAfterDays))
	t = &table{}
	t.add(cell{text: c.t(kit.Texts.Analysis.Old)}, cell{text: c.tf(texts.Report.Count, tn.Old)}, cell{text: tn.OldRevenue.Short()},
		cell{text: fmt.Sprintf("%5.1f%%", pct(float64(tn.OldRevenue), float64(r.Revenue)))})
	t.add(cell{text: c.t(kit.Texts.Analysis.New)}, cell{text: c.tf(texts.Report.Count, tn.New)}, cell{text: tn.NewRevenue.Short()},
		cell{text: fmt.Sprintf("%5.1f%%", pct(float64(tn.NewRevenue), float64(r.Revenue)))})
	t.add(cell{text: c.t(kit.Texts.Analysis.None)}, cell{text: c.tf(texts.Report.Count, tn.None)})
	writeTable(w, t, false)

	c.refSection(c.tf(texts.Report.DormantOneDeal, cs.DormantAfterDays, r.Dormant.Count),
		r.Dormant, c.t(texts.Report.Orders), model.Text{})
	c.refSection(c.tf(kit.Texts.Analysis.Lost, cs.LostAfterDays, r.Lost.Count),
		r.Lost, c.t(texts.Report.Orders), model.Text{})

	last, this := r.Top.ThisYear-1, r.Top.ThisYear
	c.heading(c.tf(texts.Report.LastYearTop, last))
	c.topTable(r.Top.LastYear, last, this)
	c.heading(c.tf(texts.Report.ThisYearTop, this))
	c.topTable(r.Top.This, last, this)

	c.refSection(c.tf(texts.Report.LargeCustomersBuying,
		r.FewAmong, r.Few.Count), r.Few, c.t(kit.Texts.Sort.Revenue), texts.Report.Products)

	var owed model.Money
	for _, b := range r.Owed {
		owed += b.Amount
	}
	c.heading(c.tf(texts.Report.MoneyOwedBy, owed))
	t = &table{}
	for i, b := range r.Owed {
		t.add(cell{text: model.AgeBuckets[i].In(c.lang)}, cell{text: b.Amount.Short()}, cell{text: c.tf(texts.Report.Deals, b.Deals)},
			cell{text: blockBar(pct(float64(b.Amount), float64(owed))/100, barW)})
	}
	writeTable(w, t, false)
	if len(r.Owing) > 0 {
		t = &table{max: []int{8, max(c.stdout.width-46, 16)}}
		for _, o := range r.Owing {
			t.add(cell{text: fmt.Sprint(o.ID)}, txt(who(o)), cell{text: o.Amount.String()},
				cell{text: c.tf(texts.Report.Oldest, o.Day)})
		}
		writeTable(w, t, false)
	}

	c.refSection(c.tf(texts.Report.ComplainedMoreThan, r.Plaints.Count),
		r.Plaints, c.t(texts.Report.Orders), texts.Report.Complaints)
}

// refSection prints a heading and the customers of a section with the figures that put them
// there; countFmt, when set, shows Count too ("%d 种产品").
func (c *cli) refSection(title string, list model.RefList, amountLabel string, countFmt model.Text) {
	c.heading(title)
	if len(list.Rows) == 0 {
		fmt.Fprintln(c.stdout, c.t(texts.Report.None))
		return
	}
	t := &table{max: []int{8, max(c.stdout.width-50, 16), 12}}
	for _, ref := range list.Rows {
		row := []cell{{text: fmt.Sprint(ref.ID)}, txt(who(ref)), {text: c.levelName(ref.Level)},
			{text: amountLabel + " " + ref.Amount.String()}}
		if countFmt.Zh != "" {
			row = append(row, cell{text: c.tf(countFmt, ref.Count)})
		}
		t.add(row...)
	}
	writeTable(c.stdout, t, false)
	if list.Count > len(list.Rows) {
		fmt.Fprintln(c.stdout, c.tf(texts.Report.More, list.Count-len(list.Rows)))
	}
}

// who names a customer with their company, unless that is their name already (an organisation's is).
func who(ref model.CustomerRef) string {
	if ref.Company == "" || ref.Company == ref.Name {
		return ref.Name
	}
	return ref.Name + " · " + ref.Company
}

// topTable prints a top ten with both years' revenue and ranks.
func (c *cli) topTable(rows []model.TopRow, last, this int) {
	if len(rows) == 0 {
		fmt.Fprintln(c.stdout, c.t(texts.Report.NoDeals))
		return
	}
	rank := func(n int) string {
		if n == 0 {
			return "—"
		}
		return fmt.Sprintf("#%d", n)
	}
	t := &table{max: []int{8, max(c.stdout.width-44, 16)}}
	t.add(cell{text: c.t(texts.Shared.ID)}, cell{text: c.t(texts.Shared.Customer)},
		cell{text: fmt.Sprint(last)}, cell{text: ""}, cell{text: fmt.Sprint(this)}, cell{text: ""})
	for _, r := range rows {
		t.add(cell{text: fmt.Sprint(r.ID)}, txt(who(r.CustomerRef)), cell{text: r.LastYear.Short()}, cell{text: rank(r.LastRank)},
			cell{text: r.ThisYear.Short()}, cell{text: rank(r.ThisRank)})
	}
	writeTable(c.stdout, t, true)
}

// reportJSON is `report --json`; money is in yuan, dates YYYY-MM-DD.
type reportJSON struct {
	Today       string             `json:"today"`
	Customers   int                `json:"customers"`
	Period      periodJSON         `json:"period"`
	Revenue     float64            `json:"revenue"`
	ABC         []abcJSON          `json:"abc"`
	Pareto      []paretoJSON       `json:"pareto"`
	Levels      []countJSON        `json:"levels"`
	Stages      []countJSON        `json:"stages"`
	Relations   []countJSON        `json:"relations"`
	Tenure      tenureJSON         `json:"tenure"`
	Dormant     refListJSON        `json:"dormant"`
	Lost        refListJSON        `json:"lost"`
	Top         topJSON            `json:"top"`
	FewProducts refListJSON        `json:"few_products"`
	FewAmong    int                `json:"few_products_among"`
	Receivables []receivableJSON   `json:"receivables"`
	Owing       []refJSON          `json:"owing"`
	Complained  refListJSON        `json:"complained"`
	Settings    map[string]float64 `json:"settings"`
}

type periodJSON struct {
	Months int      `json:"months"` // 0: all time
	From   jsonDate `json:"from"`
}

type abcJSON struct {
	Class     string  `json:"class"`
	Customers int     `json:"customers"`
	Revenue   float64 `json:"revenue"`
}

type paretoJSON struct {
	CustomersPct int     `json:"customers_pct"`
	RevenuePct   float64 `json:"revenue_pct"`
}

type countJSON struct {
	Code  string `json:"code"`
	Count int    `json:"count"`
}

type tenureJSON struct {
	OldAfterDays int     `json:"old_after_days"`
	Old          int     `json:"old"`
	New          int     `json:"new"`
	None         int     `json:"none"`
	OldRevenue   float64 `json:"old_revenue"`
	NewRevenue   float64 `json:"new_revenue"`
}

// namedJSON is the customer a row of the report names, as model.CustomerRef names it.
type namedJSON struct {
	ID      int64  `json:"id"`
	Name    string `json:"name"`
	Company string `json:"company"`
	Level   string `json:"level"`
}

type refJSON struct {
	namedJSON
	Amount   *float64 `json:"amount,omitempty"`
	Count    *int     `json:"count,omitempty"`
	OldestOn jsonDate `json:"oldest_on,omitempty"`
}

type refListJSON struct {
	Count     int       `json:"count"`
	Customers []refJSON `json:"customers"`
}

type topRowJSON struct {
	namedJSON
	LastYear float64 `json:"last_year"`
	ThisYear float64 `json:"this_year"`
	LastRank int     `json:"last_rank"` // 0: no revenue that year
	ThisRank int     `json:"this_rank"`
}

type topJSON struct {
	ThisYear    int          `json:"this_year"`
	LastYearTop []topRowJSON `json:"last_year_top"`
	ThisYearTop []topRowJSON `json:"this_year_top"`
}

type receivableJSON struct {
	Age    string  `json:"age"` // 0-30, 31-60, 61-90, 90+
	Amount float64 `json:"amount"`
	Deals  int     `json:"deals"`
}

var ageCodes = []string{"0-30", "31-60", "61-90", "90+"}

func toReportJSON(r *model.Report) reportJSON {
	cs := r.Settings
	out := reportJSON{Today: r.Today.String(), Customers: r.Customers, Revenue: r.Revenue.Yuan(),
		Period: periodJSON{Months: cs.PeriodMonths, From: jsonDate(cs.PeriodStart(r.Today))},
		Tenure: tenureJSON{OldAfterDays: cs.OldAfterDays, Old: r.Tenure.Old, New: r.Tenure.New, None: r.Tenure.None,
			OldRevenue: r.Tenure.OldRevenue.Yuan(), NewRevenue: r.Tenure.NewRevenue.Yuan()},
		Top:      topJSON{ThisYear: r.Top.ThisYear, LastYearTop: topRowsJSON(r.Top.LastYear), ThisYearTop: topRowsJSON(r.Top.This)},
		Owing:    []refJSON{},
		Settings: map[string]float64{},
	}
	for _, a := range r.ABC {
		out.ABC = append(out.ABC, abcJSON{a.Class, a.Customers, a.Revenue.Yuan()})
	}
	for _, p := range r.Pareto {
		out.Pareto = append(out.Pareto, paretoJSON{p.CustomerPct, math.Round(p.RevenuePct*10) / 10})
	}
	counts := func(rows []model.CodeCount) []countJSON {
		out := []countJSON{}
		for _, r := range rows {
			out = append(out, countJSON{r.Code, r.Count})
		}
		return out
	}
	out.Levels, out.Stages, out.Relations = counts(r.Levels), counts(r.Stages), counts(r.Rels)
	out.Dormant = refsJSON(r.Dormant, true, false)
	out.Lost = refsJSON(r.Lost, true, false)
	out.FewProducts, out.FewAmong = refsJSON(r.Few, true, true), r.FewAmong
	out.Complained = refsJSON(r.Plaints, true, true)
	for i, b := range r.Owed {
		out.Receivables = append(out.Receivables, receivableJSON{ageCodes[i], b.Amount.Yuan(), b.Deals})
	}
	for _, o := range r.Owing {
		j := refOf(o)
		amount := o.Amount.Yuan()
		j.Amount, j.OldestOn = &amount, jsonDate(o.Day)
		out.Owing = append(out.Owing, j)
	}
	for _, info := range model.ClassSettingInfo {
		v, _ := settingNumber(cs, info)
		out.Settings[info.Key] = v
	}
	return out
}

func refOf(ref model.CustomerRef) refJSON {
	return refJSON{namedJSON: namedOf(ref)}
}

func namedOf(ref model.CustomerRef) namedJSON {
	return namedJSON{ID: ref.ID, Name: ref.Name, Company: ref.Company, Level: string(ref.Level)}
}

// refsJSON writes a section's customers; complaints carry their count where others carry money.
func refsJSON(list model.RefList, money, count bool) refListJSON {
	out := refListJSON{Count: list.Count, Customers: []refJSON{}}
	for _, ref := range list.Rows {
		j := refOf(ref)
		if money {
			a := ref.Amount.Yuan()
			j.Amount = &a
		}
		if count {
			n := ref.Count
			j.Count = &n
		}
		out.Customers = append(out.Customers, j)
	}
	return out
}

func topRowsJSON(rows []model.TopRow) []topRowJSON {
	out := []topRowJSON{}
	for _, r := range rows {
		out = append(out, topRowJSON{namedJSON: namedOf(r.CustomerRef),
			LastYear: r.LastYear.Yuan(), ThisYear: r.ThisYear.Yuan(), LastRank: r.LastRank, ThisRank: r.ThisRank})
	}
	return out
}

// settingNumber is a setting as JSON shows it: money in yuan, on/off as 1/0.
func settingNumber(cs model.ClassSettings, info model.SettingInfo) (float64, bool) {
	v := cs.Get(info.Key)
	switch info.Unit {
	case model.UnitMoney:
		m, err := model.ParseAmount(v)
		return m.Yuan(), err == nil
	case model.UnitBool:
		if v == "on" {
			return 1, true
		}
		return 0, true
	}
	var f float64
	_, err := fmt.Sscan(v, &f)
	return f, err == nil
}
