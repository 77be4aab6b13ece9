package kit

import "guanxi/model"

// The texts of the personality catalog, the playbook and the forms that change them.
func init() {
	for k, v := range map[string]model.Text{
		"cat.filter":        {Zh: "筛选：", En: "Filter: "},
		"cat.filterHint":    {Zh: "按 / 筛选（名称、代码、特点）", En: "press / to filter (name, code, traits)"},
		"cat.count":         {Zh: "%d / %d 种", En: "%d of %d types"},
		"cat.nomatch":       {Zh: "没有匹配的类型。按 esc 清除筛选，或按 n 新建一个。", En: "No type matches. Press esc to clear the filter, or n to add one."},
		"cat.empty":         {Zh: "目录里还没有类型。按 n 新建一个。", En: "The catalog has no types. Press n to add one."},
		"cat.customized":    {Zh: "已修改", En: "edited"},
		"cat.own":           {Zh: "自定义", En: "your own"},
		"cat.carriers":      {Zh: "%d 人：", En: "%d people: "},
		"cat.carriersOne":   {Zh: "1 人：", En: "1 person: "},
		"cat.noCarriers":    {Zh: "还没有人带着这个类型。", En: "Nobody carries this type yet."},
		"cat.carriersOpen":  {Zh: "  enter 查看", En: "  enter to see them"},
		"cat.carriersHead":  {Zh: "带着「%s」的人（%d）", En: "People who carry %s (%d)"},
		"cat.carriersMore":  {Zh: "……另有 %d 人未列出", En: "… and %d more not listed"},
		"cat.carriersBack":  {Zh: "enter 打开客户 · esc 返回类型", En: "enter opens the customer · esc back to the types"},
		"cat.of":            {Zh: "%s（%s）", En: "%s (%s)"},
		"cat.loadingPeople": {Zh: "正在读取带着这个类型的人…", En: "Loading who carries this type…"},
		"cat.nobodyToOpen":  {Zh: "还没有人带着这个类型：在客户档案里按 t 标注。", En: "Nobody carries this type yet: press t in a customer's archive to tag one."},
		"cat.builtinStays":  {Zh: "内置类型不能删除；可以按 e 编辑，或按 R 恢复默认。", En: "A built-in type cannot be removed; press e to edit it or R to restore its default."},
		"cat.ownNoDefault":  {Zh: "这是你自己加的类型，没有默认内容可恢复。", En: "This type is your own: it has no default to restore."},
		"cat.isDefault":     {Zh: "这个类型已是默认内容。", En: "This type is already as it came."},

		"confirm.keys":        {Zh: "y/enter 确定 · n/esc 取消", En: "y/enter yes · n/esc no"},
		"confirm.restore":     {Zh: "恢复「%s」的默认内容？", En: "Restore %s to its default?"},
		"confirm.restoreBody": {Zh: "你改过的名称、特点、应对和避免会换回出厂时的文字。带着这个类型的人和他们的说明不变。", En: "The names, traits, approach and avoid texts you changed go back to how they came. The people who carry it and their notes stay."},
		"confirm.remove":      {Zh: "删除类型「%s」？", En: "Remove the type %s?"},
		"confirm.removeNone":  {Zh: "还没有人带着这个类型。", En: "Nobody carries this type."},
		"confirm.removeUsed":  {Zh: "有 %d 人带着它：%s。他们身上的这个标注会去掉；标注的说明会写进各自的备注里，不会丢失。", En: "%d people carry it: %s. The tag comes off them; each tag's note is written into that person's notes, so nothing is lost."},
		"confirm.removeMaybe": {Zh: "带着它的人会去掉这个标注；标注的说明会写进各自的备注里，不会丢失。", En: "Anyone who carries it loses the tag; each tag's note is written into that person's notes, so nothing is lost."},

		"form.newType":      {Zh: "新性格类型", En: "New personality type"},
		"form.editType":     {Zh: "编辑性格类型", En: "Edit personality type"},
		"form.newTypology":  {Zh: "新分类", En: "New typology"},
		"form.editTypology": {Zh: "编辑分类", En: "Edit typology"},
		"form.untag":        {Zh: "去掉性格类型", En: "Remove a personality type"},
		"f.code":            {Zh: "代码", En: "Code"},
		"f.typology":        {Zh: "所属分类", En: "Typology"},
		"f.nameZh":          {Zh: "中文名", En: "Chinese name"},
		"f.nameEn":          {Zh: "英文名", En: "English name"},
		"f.traitsZh":        {Zh: "特点（中文）", En: "Traits (zh)"},
		"f.traitsEn":        {Zh: "特点（英文）", En: "Traits (en)"},
		"f.approachZh":      {Zh: "应对（中文）", En: "Approach (zh)"},
		"f.approachEn":      {Zh: "应对（英文）", En: "Approach (en)"},
		"f.avoidZh":         {Zh: "避免（中文）", En: "Avoid (zh)"},
		"f.avoidEn":         {Zh: "避免（英文）", En: "Avoid (en)"},
		"f.aboutZh":         {Zh: "说明（中文）", En: "About (zh)"},
		"f.aboutEn":         {Zh: "说明（英文）", En: "About (en)"},
		"f.tagToRemove":     {Zh: "去掉哪一个", En: "Which one"},
		"hint.code":         {Zh: "可留空：按英文名生成；小写字母、数字、下划线", En: "optional: made from the English name; lowercase letters, digits, _"},
		"hint.typeText":     {Zh: "写具体些：打电话或拜访时能照着做", En: "be concrete: something to act on in a call or visit"},
		"hint.untag":        {Zh: "标注的说明会写进此人的备注，不会丢失", En: "the tag's note is written into the person's notes, so it is not lost"},

		"saved.type":         {Zh: "性格类型已保存", En: "Personality type saved"},
		"saved.typology":     {Zh: "分类已保存", En: "Typology saved"},
		"saved.typeRestored": {Zh: "已恢复默认内容", En: "Restored to its default"},
		"saved.typeRemoved":  {Zh: "类型已删除；标注的说明已移到各人的备注里", En: "Type removed; the notes of its tags are in each person's notes"},
		"saved.untag":        {Zh: "已去掉性格类型；说明已移到备注里", En: "Type removed from the person; its note is in their notes"},

		"err.noTags":    {Zh: "这位客户和联系人都还没有性格类型。", En: "Neither the customer nor a contact has a personality type."},
		"err.typeEmpty": {Zh: "请填写性格类型的名称或代码（F3 可浏览全部）", En: "type a personality type's name or code (F3 lists them all)"},
		"err.typeZh":    {Zh: "没有“%s”这个性格类型。", En: "No personality type %q."},

		"pb.noType":     {Zh: "还没有性格类型。按 t 设置，读一读该怎么和他打交道。", En: "No personality type yet. Press t to set one and read how to deal with them."},
		"pb.typologies": {Zh: "可选分类：", En: "Typologies: "},
		"pb.untyped":    {Zh: "还没有性格类型：%s · 按 t 设置", En: "No personality type yet: %s · press t to set one"},
		"pb.scroll":     {Zh: "[ ] 翻看 %d/%d", En: "[ ] more %d/%d"},
		"pb.colon":      {Zh: "：", En: ": "},
	} {
		Strs[k] = v
	}
}
