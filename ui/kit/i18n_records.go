package kit

import "guanxi/model"

// The texts of correcting the record: the record keys of the detail view, the forms that correct
// each record, the choice after a conflicting edit, and the archive fields entered this way.
func init() {
	for k, v := range map[string]model.Text{
		"rec.editContact":    {Zh: "修改联系人", En: "Change contact person"},
		"rec.editLog":        {Zh: "修改联系记录", En: "Change logged contact"},
		"rec.editDeal":       {Zh: "修改成交", En: "Change deal"},
		"rec.editReminder":   {Zh: "修改提醒", En: "Change reminder"},
		"rec.editComplaint":  {Zh: "修改投诉", En: "Change complaint"},
		"rec.editPayment":    {Zh: "修改收款", En: "Change payment"},
		"rec.savedDeal":      {Zh: "成交已更正", En: "Deal corrected"},
		"rec.savedLog":       {Zh: "联系记录已更正", En: "Logged contact corrected"},
		"rec.savedReminder":  {Zh: "提醒已更正", En: "Reminder corrected"},
		"rec.savedComplaint": {Zh: "投诉已更正", En: "Complaint corrected"},
		"rec.savedPayment":   {Zh: "收款已更正", En: "Payment corrected"},
		"rec.reopened":       {Zh: "提醒已重新打开", En: "Reminder open again"},
		"rec.restored":       {Zh: "已恢复", En: "Restored"},
		"rec.removed":        {Zh: "已把这条%s移到回收站 · 按 u 撤销", En: "The %s went to the trash · u to undo"},
		"rec.noRecord":       {Zh: "光标下没有记录：用 ↑↓ 选一条", En: "No record under the cursor: pick one with ↑↓"},
		"rec.notReminder":    {Zh: "x 只用于提醒", En: "x is for reminders"},
		"rec.conflict":       {Zh: "这些字段在别处也改过了：选留哪个", En: "Changed elsewhere too: choose what stays"},
		"rec.mine":           {Zh: "我改的：", En: "mine: "},
		"rec.theirs":         {Zh: "别处改的：", En: "elsewhere: "},
		"rec.empty":          {Zh: "（空）", En: "(empty)"},
		"rec.choose":         {Zh: "←/→ 选择", En: "←/→ to choose"},

		"f.personName":    {Zh: "姓名", En: "Name"},
		"f.nextOn":        {Zh: "下一步日期", En: "Next step on"},
		"hint.nextOn":     {Zh: "可留空；填了就加一条提醒", En: "optional; a day adds a reminder"},
		"f.resolvedOn":    {Zh: "解决日期", En: "Resolved on"},
		"f.referredBy":    {Zh: "介绍人", En: "Referred by"},
		"hint.referredBy": {Zh: "客户簿里的姓名、电话或编号会连到他的档案", En: "a name, phone or id in the book links their archive"},
		"hint.source":     {Zh: "如 转介绍、展会、网站", En: "e.g. referral, trade fair, website"},
		"hint.shortName":  {Zh: "空着则自动去掉地区和“有限公司”等", En: "empty: name without region and legal form"},
		"f.size":          {Zh: "规模", En: "Size"},
		"hint.size":       {Zh: "大、中、小", En: "large, medium, small"},
		"f.capital":       {Zh: "注册资本", En: "Registered capital"},
		"hint.optAmount":  {Zh: "可留空；如 500万", En: "optional; e.g. 5,000,000"},
		"f.founded":       {Zh: "成立日", En: "Founded"},
		"f.anniversary":   {Zh: "纪念日", En: "Anniversary"},

		"d.referrer":     {Zh: "介绍人", En: "Referred by"},
		"d.referred":     {Zh: "介绍了", En: "Referred"},
		"d.reminderDone": {Zh: "已完成", En: "done"},
		"d.recordId":     {Zh: "编号 %d", En: "id %d"},
	} {
		Strs[k] = v
	}
}
