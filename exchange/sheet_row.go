package exchange

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"guanxi/model"
)

// One row of a sheet read into a record: each cell parsed by the field its column maps to, and what
// cannot be read kept in the notes with a problem that says why.

// scientific matches a number Excel wrote in scientific notation, as it does to long phone numbers.
var scientific = regexp.MustCompile(`^[0-9](\.[0-9]+)?[eE]\+[0-9]+$`)

// rowReader turns the cells of one row into a record.
type rowReader struct {
	sh      *sheet
	rec     *record
	extra   []string // lines for the notes: unknown columns, second values, unread cells
	contact model.Contact
	// dealFigures is set when the row gives a first deal, an order total or an amount owed.
	dealFigures bool
}

// row turns the cells of one line into a record.
func (sh *sheet) row(line int, cells []string) *record {
	rr := &rowReader{sh: sh, rec: &record{line: line, salvage: true, sep: sh.sep, lang: sh.lang}}
	c := &rr.rec.customer
	for i, raw := range cells {
		f := sh.fieldOf(i)
		// The mark an export put before a formula-like cell comes off first, and exactly: the
		// cell may start with the spaces or TAB that made it need the mark.
		cell := unguard(raw)
		v := strings.TrimSpace(cell)
		if v == "" || f == fIgnored {
			continue
		}
		h := sh.header(i)
		if f == fNotes {
			v = strings.TrimRight(cell, " \n\t") // notes keep their indentation, as the book does
			if c.Notes == "" {
				c.Notes = v
			} else {
				c.Notes += "\n" + v
			}
			continue
		}
		rr.cell(f, h, v)
	}
	if c.Name == "" {
		p := problemf(line, "没有姓名，这一行没有导入", "no name: the row was not imported")
		rr.rec.bad = &p
		return rr.rec
	}
	rr.finish()
	return rr.rec
}

// cell reads one cell of field f under header h.
func (rr *rowReader) cell(f field, h, v string) {
	c := &rr.rec.customer
	switch f {
	case "", fOwner:
		rr.extra = append(rr.extra, h+rr.sh.sep+v)
	case fName:
		rr.setText(&c.Name, h, v)
	case fCompany, fShortName, fTitle, fAddress, fIndustry, fSize, fSource, fReferredBy:
		rr.setText(customerText(c, f), h, v)
	case fPhone:
		rr.phone(&c.Phone, h, v)
	case fEmail:
		rr.setText(&c.Email, h, model.FoldWidth(v))
	case fWeChat:
		rr.setText(&c.WeChat, h, model.FoldWidth(v))
	case fRegion:
		if !strings.Contains(c.Region, v) {
			c.Region = strings.TrimSpace(c.Region + " " + v)
		}
	case fUID:
		c.UID = cleanUID(v)
	case fTags:
		c.Tags = append(c.Tags, model.SplitTags(v)...)
	case fTypes:
		rr.rec.typeRefs = append(rr.rec.typeRefs, splitTypes(v)...)
	case fCapital:
		m, err := model.ParseAmount(model.FoldWidth(v))
		if err != nil {
			rr.unread(f, h, v, model.Text{Zh: "不是金额，可写 5000000、500万 或 ¥1.5亿", En: "not an amount: write 5000000, 500万 or ¥1.5亿"})
			return
		}
		c.RegisteredCapital = m
	case fBirthday, fAnniversary:
		// A lunar date (农历八月十五) or one without a year (--03-15) is kept as such.
		d, err := model.ParseBirthday(model.FoldWidth(v))
		if y, ok := model.ParseMonthDay(v); err != nil && ok {
			d, err = model.Birthday{Yearly: y}, nil // 8月15日, 03-15: a day without a year
		}
		if err != nil {
			rr.unread(f, h, v, model.Text{Zh: "不是日期（如 1985-03-07、农历八月十五、--03-15）", En: "not a date (such as 1985-03-07, 农历八月十五 or --03-15)"})
			return
		}
		if f == fBirthday {
			c.Birthday, c.BirthdayYearly = d.Solar, d.Yearly
		} else {
			c.Anniversary, c.AnniversaryYearly = d.Solar, d.Yearly
		}
	case fLevel:
		code, foreign, ok := model.ReadForeignLevel(v, rr.sh.levelNames)
		if !ok {
			rr.unread(f, h, v, unknownOf(f))
			return
		}
		if code.Level != "" {
			c.Level = code.Level
		}
		if code.Stage != "" && c.Stage == "" {
			c.Stage = code.Stage
		}
		if foreign {
			rr.sh.noteMapped(rr.rec.line, f, v, codeName(code), code.Level == "")
		}
	case fStage, fStatus:
		st, foreign, ok := model.ReadForeignStage(v)
		if !ok {
			rr.unread(f, h, v, unknownOf(fStage))
			return
		}
		c.Stage = st
		if foreign {
			rr.sh.noteMapped(rr.rec.line, f, v, codeName(model.ForeignCode{Stage: st}), false)
		}
	case fRelation, fKind:
		code, err := parseCodeLoose(f, v)
		if err != nil {
			rr.unread(f, h, v, unknownOf(f))
			return
		}
		if f == fRelation {
			c.Relation = model.Relation(code)
		} else {
			c.Kind = model.Kind(code)
		}
	case fVisitEvery, fCallEvery:
		n, err := strconv.Atoi(model.FoldWidth(v))
		if err != nil || n < 0 || n > 3660 {
			rr.unread(f, h, v, model.Text{Zh: "应是 0 到 3660 之间的天数", En: "should be a number of days from 0 to 3660"})
			return
		}
		if c.PlanOverride == nil {
			c.PlanOverride = &model.VisitPlan{}
		}
		if f == fVisitEvery {
			c.PlanOverride.VisitEveryDays = n
		} else {
			c.PlanOverride.CallEveryDays = n
		}
	case fPlanPaused:
		yes, ok := parseYesNo(v)
		if !ok {
			rr.unread(f, h, v, model.Text{Zh: "应写 是 或 否", En: "should be yes or no"})
			return
		}
		c.PlanPaused = yes
	case fContactName:
		rr.setText(&rr.contact.Name, h, v)
	case fContactPhone:
		rr.phone(&rr.contact.Phone, h, v)
	case fContactTitle:
		rr.setText(&rr.contact.Title, h, v)
	case fLastFollow, fLastContact:
		// Another CRM's last follow-up and our own export's last contact are the same fact: the
		// day the customer was last spoken to, kept as a contact logged that day.
		at, ok := rr.time(f, h, v)
		if !ok {
			return
		}
		rr.book().interactions = []model.Interaction{{At: at, Channel: model.ChannelOther,
			Summary: tr(rr.sh.lang, "最后一次跟进（导入前的记录，内容见原系统）", "Last follow-up (recorded before the import; see the other program for what was said)")}}
	case fNextDue:
		// The day the sheet says to follow the customer up next is kept (see model.KeepDueOn);
		// the plan's spreading of first visits is for the rows that give none.
		if at, ok := rr.time(f, h, v); ok {
			rr.book().nextDue = model.DateOf(at)
		}
	case fFirstDeal, fOrderTotal, fOwed:
		// Figures of deals and payments the sheet does not hold: read past, and counted for the
		// summary to say so (see dealFigures).
		rr.dealFigures = true
	case fCreated:
		if at, ok := rr.time(f, h, v); ok {
			c.CreatedAt = at
		}
	}
}

// unknownOf is why a cell naming none of the codes of field f was not read, with the codes it
// may name.
func unknownOf(f field) model.Text {
	return model.Text{Zh: "不认识；可写：" + choices(f, model.Zh), En: "unknown; use one of " + choices(f, model.En)}
}

// time reads a cell of a date and time, or reports it unread.
func (rr *rowReader) time(f field, header, v string) (time.Time, bool) {
	at, ok := readTime(v)
	if !ok {
		rr.unread(f, header, v, model.Text{Zh: "不是日期", En: "not a date"})
	}
	return at, ok
}

// setText fills a text field; a second, different value of it goes into the notes.
func (rr *rowReader) setText(dst *string, header, v string) {
	if *dst == "" {
		*dst = v
	} else if *dst != v {
		rr.extra = append(rr.extra, header+rr.sh.sep+v)
	}
}

// phone reads the phone numbers of a cell: the first good one fills the field, with its label;
// further ones go into the notes; one that cannot be right is reported and kept in the notes.
func (rr *rowReader) phone(dst *string, header, v string) {
	if scientific.MatchString(v) {
		rr.unread(fPhone, header, v, model.Text{Zh: "被 Excel 存成了科学计数法，号码已经不全：把这一列设成“文本”后重新保存，或改存为 .xlsx",
			En: "saved by Excel in scientific notation, which lost digits: format the column as text and save again, or save as .xlsx"})
		return
	}
	phones := model.ReadPhones(v)
	if len(phones) == 0 {
		return
	}
	for _, p := range phones {
		switch {
		case p.Problem.Zh != "":
			rr.unread(fPhone, header, p.Written, p.Problem)
		case p.Number == "":
			rr.unread(fPhone, header, p.Written, model.Text{Zh: "没有号码", En: "holds no number"})
		case *dst == "":
			*dst = p.WithLabel()
		case model.NormalizePhone(*dst) != model.NormalizePhone(p.Number):
			rr.extra = append(rr.extra, header+rr.sh.sep+p.WithLabel())
		}
	}
}

// unread keeps a cell that cannot be read in the notes and reports its line and field.
func (rr *rowReader) unread(f field, header, v string, why model.Text) {
	rr.extra = append(rr.extra, header+rr.sh.sep+v)
	name := label(f)
	rr.rec.warnings = append(rr.rec.warnings, problemf(rr.rec.line, "%[1]s“%[3]s”%[4]s；这一格留空，原文已放进备注",
		"%[2]s %[3]q: %[5]s; the field is left empty and the text kept in the notes",
		name.Zh, name.En, quote(v), why.Zh, why.En))
}

// book is the records of the row besides the customer, made when first needed.
func (rr *rowReader) book() *bookRecords {
	if rr.rec.book == nil {
		rr.rec.book = &bookRecords{}
	}
	return rr.rec.book
}

// finish adds the notes and the contact person. A field the book would refuse (an email without
// @, a field too long) is taken out when the record is checked (see salvageField).
func (rr *rowReader) finish() {
	c := &rr.rec.customer
	if ct := rr.contact; ct.Name != "" || ct.Phone != "" {
		if ct.Name == "" {
			ct.Name = tr(rr.sh.lang, "联系人", "Contact")
		}
		if c.Kind == "" {
			c.Kind = model.KindOrganisation // the row is a company with a person to talk to
		}
		if c.Kind == model.KindOrganisation && c.Company == "" {
			c.Company = c.Name
		}
		b := rr.book()
		b.contacts = append(b.contacts, ct)
		b.contactTags = append(b.contactTags, nil)
	}
	if len(rr.extra) > 0 {
		c.Notes = strings.TrimSpace(c.Notes + "\n" + strings.Join(rr.extra, "\n"))
	}
	if rr.dealFigures {
		rr.sh.dealFigures.note(rr.rec.line)
	}
}

// salvageField takes a field that validation refused out of a spreadsheet row's customer, into
// the notes, and reports it, so that the row is imported without it; false when the field is one
// that cannot be left empty (the name) or the error names none.
func (rec *record) salvageField(err error) bool {
	fe, ok := err.(*model.FieldError)
	if !ok {
		return false
	}
	c := &rec.customer
	dst := customerText(c, field(fe.Field))
	if dst == nil || *dst == "" {
		return false
	}
	name := label(field(fe.Field))
	c.Notes = strings.TrimSpace(c.Notes + "\n" + name.In(rec.lang) + rec.sep + *dst)
	rec.warnings = append(rec.warnings, problemf(rec.line, "%[1]s“%[3]s”：%[4]s；这一格留空，原文已放进备注",
		"%[2]s %[3]q: %[5]s; the field is left empty and the text kept in the notes",
		name.Zh, name.En, quote(*dst), fe.Msg.Zh, fe.Msg.En))
	*dst = ""
	return true
}

// codeName is the name of the level or stage a word was read as.
func codeName(f model.ForeignCode) model.Text {
	if f.Level != "" {
		return model.Text{Zh: model.NameOf(model.LevelCodes(), string(f.Level), model.Zh), En: model.NameOf(model.LevelCodes(), string(f.Level), model.En)}
	}
	return model.Text{Zh: model.NameOf(model.Stages, string(f.Stage), model.Zh), En: model.NameOf(model.Stages, string(f.Stage), model.En)}
}

// timeLayouts are the ways other programs write a moment: a date with or without a time.
var timeLayouts = []string{"2006-01-02 15:04:05", "2006-01-02 15:04", "2006/1/2 15:04:05", "2006/1/2 15:04", "2006-01-02T15:04:05Z07:00"}

// readTime reads a date, or a date and a time of day, in local time.
func readTime(v string) (time.Time, bool) {
	v = model.FoldWidth(strings.TrimSpace(v))
	for _, l := range timeLayouts {
		if t, err := time.ParseInLocation(l, v, time.Local); err == nil {
			return t, true
		}
	}
	d, err := model.ParseLooseDate(v)
	if err != nil || d.IsZero() {
		return time.Time{}, false
	}
	return time.Date(d.Y, d.M, d.D, 0, 0, 0, 0, time.Local), true
}
