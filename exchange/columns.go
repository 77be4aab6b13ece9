package exchange

import (
	"strings"
	"sync"
	"unicode"

	"guanxi/model"
)

// field is a customer field a CSV column can hold.
type field string

// The fields of a CSV row. The derived ones are written by an export from records a sheet does
// not hold (deals and payments); an import reads past them and says so in its summary.
const (
	fName        field = "name"
	fCompany     field = "company"
	fShortName   field = "short_name"
	fKind        field = "kind"
	fTitle       field = "title"
	fPhone       field = "phone"
	fEmail       field = "email"
	fWeChat      field = "wechat"
	fAddress     field = "address"
	fRegion      field = "region"
	fIndustry    field = "industry"
	fSize        field = "size"
	fCapital     field = "registered_capital"
	fBirthday    field = "birthday"
	fAnniversary field = "anniversary"
	fSource      field = "source"
	fReferredBy  field = "referred_by"
	fLevel       field = "level"
	fStage       field = "stage"
	fRelation    field = "relation"
	fTags        field = "tags"
	fTypes       field = "types"
	fNotes       field = "notes"
	fVisitEvery  field = "visit_every_days"
	fCallEvery   field = "call_every_days"
	fPlanPaused  field = "plan_paused"
	fFirstDeal   field = "first_deal_on"
	fLastContact field = "last_contact_on"
	fNextDue     field = "next_due_on"
	fOrderTotal  field = "order_total"
	fOwed        field = "owed"
	fUID         field = "uid"
	fIgnored     field = "-" // a row number and the like: read and dropped without a warning

	// Columns of other CRMs' sheets (DingTalk, WeCom, Wukong), read and never written.
	fContactName  field = "contact_name"  // a contact person of the company the row is about
	fContactPhone field = "contact_phone" // their phone
	fContactTitle field = "contact_title" // their position
	fOwner        field = "owner"         // the salesperson in charge (负责人): kept in the notes
	fStatus       field = "status"        // the state of the sale (客户状态): read as the stage
	fLastFollow   field = "last_follow_up"
	fCreated      field = "created_at"
)

// column is a field with the header an export writes in each language and the other headers an
// import recognises for it (compared folded, see foldHeader).
type column struct {
	field   field
	header  model.Text
	aliases []string
	// derived marks a figure an export writes from records a sheet does not carry: an import
	// cannot make the records back, so it keeps nothing of the cell and says so (see dealFigures).
	derived bool
}

// columns are the CSV columns in the order an export writes them: one per archive field.
var columns = []column{
	{fName, model.Text{Zh: "姓名/名称", En: "Name"}, []string{"姓名", "名称", "名字", "客户", "客户名称", "客户姓名", "客户名",
		"fullname", "customer", "customername", "displayname"}, false},
	{fCompany, model.Text{Zh: "公司", En: "Company"}, []string{"公司名称", "单位", "单位名称", "企业", "企业名称", "工作单位",
		"所属公司", "所在公司", "companyname", "organization", "organisation", "org", "employer", "accountname"}, false},
	{fShortName, model.Text{Zh: "简称", En: "Short name"}, []string{"公司简称", "客户简称", "企业简称", "单位简称",
		"shortname", "abbreviation"}, false},
	{fKind, model.Text{Zh: "类型", En: "Kind"}, []string{"客户类型", "customertype", "kind"}, false},
	{fTitle, model.Text{Zh: "职务", En: "Title"}, []string{"职位", "头衔", "岗位", "jobtitle", "position"}, false},
	{fPhone, model.Text{Zh: "电话", En: "Phone"}, []string{"手机", "手机号", "手机号码", "联系电话", "电话号码", "移动电话",
		"联系方式", "座机", "办公电话", "mobile", "mobilephone", "cell", "cellphone", "tel", "telephone", "phonenumber"}, false},
	{fEmail, model.Text{Zh: "邮箱", En: "Email"}, []string{"电子邮箱", "电子邮件", "邮件", "邮箱地址", "e-mail", "mail",
		"emailaddress"}, false},
	{fWeChat, model.Text{Zh: "微信", En: "WeChat"}, []string{"微信号", "weixin", "wechatid"}, false},
	{fAddress, model.Text{Zh: "地址", En: "Address"}, []string{"联系地址", "通讯地址", "详细地址", "公司地址", "收货地址"}, false},
	{fRegion, model.Text{Zh: "地区", En: "Region"}, []string{"省份", "省", "城市", "市", "区域", "所在地区", "所在地",
		"所在城市", "区县", "区", "县", "province", "city", "district", "county", "state", "area"}, false},
	{fIndustry, model.Text{Zh: "行业", En: "Industry"}, []string{"所属行业", "industry"}, false},
	{fSize, model.Text{Zh: "规模", En: "Size"}, []string{"企业规模", "公司规模", "companysize"}, false},
	{fCapital, model.Text{Zh: "注册资本", En: "Registered capital"}, []string{"注册资金", "capital"}, false},
	{fBirthday, model.Text{Zh: "生日", En: "Birthday"}, []string{"出生日期", "生日日期", "dateofbirth", "dob", "birthdate"}, false},
	{fAnniversary, model.Text{Zh: "纪念日", En: "Anniversary"}, []string{"周年纪念日", "成立日期", "司庆"}, false},
	{fSource, model.Text{Zh: "来源", En: "Source"}, []string{"客户来源", "渠道", "leadsource"}, false},
	{fReferredBy, model.Text{Zh: "介绍人", En: "Referred by"}, []string{"推荐人", "转介绍人", "referrer"}, false},
	{fLevel, model.Text{Zh: "客户级别", En: "Level"}, []string{"级别", "客户等级", "等级"}, false},
	{fStage, model.Text{Zh: "阶段", En: "Stage"}, []string{"客户阶段", "销售阶段"}, false},
	{fRelation, model.Text{Zh: "关系", En: "Relation"}, []string{"关系深度", "relationship"}, false},
	{fTags, model.Text{Zh: "标签", En: "Tags"}, []string{"tag", "分组", "categories"}, false},
	{fTypes, model.Text{Zh: "性格类型", En: "Personality types"}, []string{"性格", "types", "personality", "personalitytype"}, false},
	{fNotes, model.Text{Zh: "备注", En: "Notes"}, []string{"说明", "备注信息", "note", "remark", "remarks", "comment",
		"comments", "memo", "description"}, false},
	{fVisitEvery, model.Text{Zh: "拜访间隔天数", En: "Visit every (days)"}, []string{"visiteverydays"}, false},
	{fCallEvery, model.Text{Zh: "电话间隔天数", En: "Call every (days)"}, []string{"calleverydays"}, false},
	{fPlanPaused, model.Text{Zh: "暂停拜访计划", En: "Plan paused"}, []string{"planpaused"}, false},
	{fFirstDeal, model.Text{Zh: "首单日期", En: "First deal"}, []string{"firstdealon"}, true},
	{fLastContact, model.Text{Zh: "上次联系", En: "Last contact"}, []string{"lastcontacton"}, false},
	{fNextDue, model.Text{Zh: "下次跟进", En: "Next due"}, []string{"nextdueon", "下次跟进日期", "下次跟进时间", "下次联系时间", "nextfollowup"}, false},
	{fOrderTotal, model.Text{Zh: "累计成交额", En: "Order total"}, []string{"ordertotal", "成交额"}, true},
	{fOwed, model.Text{Zh: "欠款", En: "Owed"}, []string{"应收", "应收账款"}, true},
	{fUID, model.Text{Zh: "唯一编号", En: "UID"}, []string{"guanxiuid"}, false},
}

// sheetColumns are the columns of other programs' sheets that an import reads and an export does
// not write. When a sheet names no customer column but a contact one, the contact columns hold the
// customer (see newSheet).
var sheetColumns = []column{
	{fContactName, model.Text{Zh: "联系人", En: "Contact"}, []string{"联系人姓名", "联系人名称", "contactname", "contactperson"}, false},
	{fContactPhone, model.Text{Zh: "联系人电话", En: "Contact phone"}, []string{"联系人手机", "联系人手机号", "联系人电话号码", "联系人联系方式", "contactphone", "contactmobile"}, false},
	{fContactTitle, model.Text{Zh: "联系人职务", En: "Contact title"}, []string{"联系人职位", "contacttitle"}, false},
	{fOwner, model.Text{Zh: "负责人", En: "Owner"}, []string{"客户负责人", "跟进人", "销售负责人", "所属员工", "归属人", "owner", "salesperson", "accountowner"}, false},
	{fStatus, model.Text{Zh: "客户状态", En: "Status"}, []string{"状态", "跟进状态", "销售状态", "成交状态", "status", "leadstatus"}, false},
	{fLastFollow, model.Text{Zh: "最后跟进时间", En: "Last follow-up"}, []string{"最后跟进", "最近跟进时间", "最近跟进", "上次跟进时间", "最后联系时间", "lastfollowup", "lastactivity", "lastcontacted"}, false},
	{fCreated, model.Text{Zh: "创建时间", En: "Created"}, []string{"创建日期", "录入时间", "添加时间", "createdat", "createdtime", "created"}, false},
}

// ignoredHeaders are columns a spreadsheet has for itself: row numbers and ids of another program.
var ignoredHeaders = []string{"序号", "编号", "行号", "id", "no", "#", "row"}

// headerIndex maps every folded header an import recognises to its field. It is made by the first
// header read, not in every process that starts: only an import reads headers.
var headerIndex = sync.OnceValue(func() map[string]field {
	m := map[string]field{}
	for _, c := range append(columns[:len(columns):len(columns)], sheetColumns...) {
		for _, h := range append([]string{c.header.Zh, c.header.En, string(c.field)}, c.aliases...) {
			m[foldHeader(h)] = c.field
		}
	}
	for _, h := range ignoredHeaders {
		m[foldHeader(h)] = fIgnored
	}
	return m
})

// foldHeader reduces a header to what is compared: half-width, lower case, without spaces,
// underscores, hyphens, dots and slashes, a trailing colon or a mark of a required column (*,
// （必填）).
func foldHeader(h string) string {
	h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
	for _, mark := range []string{"（必填）", "(必填)", "（选填）", "(选填)", "*", "＊"} {
		h = strings.ReplaceAll(h, mark, "")
	}
	var b strings.Builder
	for _, r := range h {
		if r >= '\uff01' && r <= '\uff5e' {
			r -= 0xfee0
		}
		if unicode.IsSpace(r) || strings.ContainsRune("_-./:：", r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// fieldOfHeader returns the field a header names, if any.
func fieldOfHeader(h string) (field, bool) {
	f, ok := headerIndex()[foldHeader(h)]
	return f, ok
}

// label returns the name of a field for messages, in both languages.
func label(f field) model.Text {
	for _, c := range append(columns[:len(columns):len(columns)], sheetColumns...) {
		if c.field == f {
			return c.header
		}
	}
	return model.Text{Zh: string(f), En: string(f)}
}

// customerText is the plain text field of a customer that a column, or a validation, names: where
// a sheet's cell is read into and written from, and what a bad value is taken out of. It is nil
// for the name, which is never emptied, and for every field that is not plain text.
func customerText(c *model.Customer, f field) *string {
	switch f {
	case fCompany:
		return &c.Company
	case fShortName:
		return &c.ShortName
	case fTitle:
		return &c.Title
	case fIndustry:
		return &c.Industry
	case fRegion:
		return &c.Region
	case fSize:
		return &c.Size
	case fPhone:
		return &c.Phone
	case fEmail:
		return &c.Email
	case fWeChat:
		return &c.WeChat
	case fAddress:
		return &c.Address
	case fSource:
		return &c.Source
	case fReferredBy:
		return &c.ReferredBy
	}
	return nil
}
