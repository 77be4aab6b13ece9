package cli

import "guanxi/model"

// profileTexts are the messages of a customer's profile: guanxi add, guanxi edit and the flags they share.
type profileTexts struct {
	CustomerName                       model.Text
	Company                            model.Text
	Region                             model.Text
	Industry                           model.Text
	TagsSeparatedBy                    model.Text
	LevelStrategicVip                  model.Text
	StageProspectTarget                model.Text
	RelationshipTransactionalPreferred model.Text
	PersonOrganisation                 model.Text
	CompanyShortName                   model.Text
	Address                            model.Text
	SizeLargeMedium                    model.Text
	RegisteredCapitalE                 model.Text
	WhereTheyCame                      model.Text
	ReferredByID                       model.Text
	PersonBirthday                     model.Text
	OrganisationFoundingDay            model.Text
	Anniversary                        model.Text
	AddCustomerPrint                   model.Text
	PersonalityTypeCode                model.Text
	NotesReadsStandard                 model.Text
	PrintNewCustomer                   model.Text
	GiveCustomerName                   model.Text
	ChangeCustomerProfile              model.Text
	EditNotesReadsStandard             model.Text
	NothingChangeGive                  model.Text
	SavedID                            model.Text
	BeButJust                          model.Text
	NothingSavedCustomer               model.Text
}

var profileText = profileTexts{
	CustomerName:                       model.Text{Zh: "姓名或名称 `N`", En: "the customer's name `N`"},
	Company:                            model.Text{Zh: "公司 `C`", En: "company `C`"},
	Region:                             model.Text{Zh: "地区 `R`", En: "region `R`"},
	Industry:                           model.Text{Zh: "行业 `I`", En: "industry `I`"},
	TagsSeparatedBy:                    model.Text{Zh: "标签 `LIST`，用逗号或空格分隔（会替换原有标签）", En: "tags `LIST`, separated by commas or spaces (replaces the tags)"},
	LevelStrategicVip:                  model.Text{Zh: "级别 `L`：strategic vip key honored reference free new dormant low，或中文名", En: "level `L`: strategic vip key honored reference free new dormant low, or the Chinese name"},
	StageProspectTarget:                model.Text{Zh: "阶段 `S`：prospect target qualified customer loyal lost，或中文名", En: "stage `S`: prospect target qualified customer loyal lost, or the Chinese name"},
	RelationshipTransactionalPreferred: model.Text{Zh: "关系深度 `R`：transactional preferred partner alliance，或中文名", En: "relationship `R`: transactional preferred partner alliance, or the Chinese name"},
	PersonOrganisation:                 model.Text{Zh: "`K`：person（个人客户）或 organisation（企业客户）", En: "`K`: person or organisation"},
	CompanyShortName:                   model.Text{Zh: "公司简称 `S`，版面窄时代替公司全称（不填则去掉地区和“有限公司”等自动得出）", En: "the company's short name `S`, shown where room is short (empty: the name without its region and legal form)"},
	Address:                            model.Text{Zh: "地址 `A`", En: "address `A`"},
	SizeLargeMedium:                    model.Text{Zh: "规模 `S`：大、中、小", En: "size `S`: large, medium, small"},
	RegisteredCapitalE:                 model.Text{Zh: "注册资本 `A`：如 500万", En: "registered capital `A`, e.g. 5,000,000"},
	WhereTheyCame:                      model.Text{Zh: "来源 `S`：如 转介绍、展会", En: "where they came from `S`, e.g. referral, trade fair"},
	ReferredByID:                       model.Text{Zh: "介绍人 `REF`：客户簿里的编号、姓名或电话会连到其档案，其他照录", En: "referred by `REF`: an id, name or phone of the book links their archive; anything else is kept as text"},
	PersonBirthday:                     model.Text{Zh: "个人客户的生日 `DATE`", En: "a person's birthday `DATE`"},
	OrganisationFoundingDay:            model.Text{Zh: "企业客户的成立日 `DATE`（问候按它算周年）", En: "an organisation's founding day `DATE` (greetings count the years from it)"},
	Anniversary:                        model.Text{Zh: "纪念日 `DATE`", En: "anniversary `DATE`"},
	AddCustomerPrint:                   model.Text{Zh: "新增客户，输出其编号", En: "add a customer and print its id"},
	PersonalityTypeCode:                model.Text{Zh: "性格类型 `T`（代码或中文名，可重复）", En: "personality type `T` (code or Chinese name; repeatable)"},
	NotesReadsStandard:                 model.Text{Zh: "备注 `TEXT`（- 表示从标准输入读取）", En: "notes `TEXT` (- reads standard input)"},
	PrintNewCustomer:                   model.Text{Zh: "输出新客户的 JSON 对象", En: "print the new customer as a JSON object"},
	GiveCustomerName:                   model.Text{Zh: "请用 --name 给出客户的姓名或名称", En: "give the customer's name with --name"},
	ChangeCustomerProfile:              model.Text{Zh: "修改客户资料", En: "change a customer's profile"},
	EditNotesReadsStandard:             model.Text{Zh: "备注 `TEXT`（- 表示从标准输入读取；会替换原有备注）", En: "notes `TEXT` (- reads standard input; replaces the notes)"},
	NothingChangeGive:                  model.Text{Zh: "没有要修改的内容：请给出 --name、--company、--phone、--email、--level、--stage、--relation 等参数", En: "nothing to change: give --name, --company, --phone, --email, --level, --stage, --relation or another field"},
	SavedID:                            model.Text{Zh: "已保存 %s（编号 %d）。", En: "Saved %s (id %d)."},
	BeButJust:                          model.Text{Zh: "%s：要改成“%s”，但刚被别处改成了“%s”", En: "%s: to be %q, but just changed elsewhere to %q"},
	NothingSavedCustomer:               model.Text{Zh: "没有保存，客户资料刚在别处改过：%s。请查看后再改。", En: "nothing saved: the customer was just changed elsewhere: %s. Look, then edit again."},
}
