package sample

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"

	"guanxi/model"
)

// The salesperson of the sample book sells industrial automation: parts and drives to small
// workshops, machines and lines to factories, training rigs to colleges, and annual supply
// agreements to their largest accounts.

// product is one line of what is sold, with the range of one order's amount in yuan. The texts
// speak of installing, servicing and upgrading what was bought, so they name only equipment, not
// parts, services, software or agreements.
type product struct {
	name, unit string
	min, max   int
	tier       int // 0 small, 1 mid, 2 large, 3 annual agreement
	equipment  bool
}

var products = []product{
	{"备品备件", "批", 2_000, 60_000, 0, false},
	{"传感器及线缆", "批", 2_000, 40_000, 0, false},
	{"人机界面触摸屏", "台", 3_500, 45_000, 0, true},
	{"技术培训", "期", 5_000, 50_000, 0, false},
	{"变频器", "台", 8_000, 120_000, 0, true},
	{"伺服电机及驱动器", "套", 20_000, 300_000, 1, true},
	{"PLC控制系统", "套", 30_000, 500_000, 1, true},
	{"设备年度维保服务", "年", 30_000, 400_000, 1, false},
	{"视觉检测设备", "台", 150_000, 900_000, 1, true},
	{"空压站节能改造", "项", 100_000, 900_000, 1, true},
	{"数控机床改造", "台", 200_000, 1_200_000, 1, true},
	{"工业机器人工作站", "套", 300_000, 2_500_000, 2, true},
	{"自动化装配线", "条", 800_000, 6_000_000, 2, true},
	{"智能仓储系统", "套", 1_000_000, 8_000_000, 2, true},
	{"MES生产管理软件", "套", 200_000, 2_000_000, 2, false},
	{"实训教学设备", "批", 200_000, 3_000_000, 2, true},
	{"年度供货协议", "年", 1_000_000, 6_000_000, 3, false},
}

// productsOfTier lists the products of each tier, built once.
var productsOfTier = lazily(func() [4][]product {
	var out [4][]product
	for _, p := range products {
		out[p.tier] = append(out[p.tier], p)
	}
	return out
})

// amountIn draws an amount between lo and hi yuan, spread evenly on a log scale as order sizes
// are, and rounded the way quotes are.
func amountIn(r *rand.Rand, lo, hi int) int {
	v := math.Exp(math.Log(float64(lo)) + r.Float64()*(math.Log(float64(hi))-math.Log(float64(lo))))
	return roundQuote(int(v))
}

func roundQuote(v int) int {
	step := 10
	switch {
	case v >= 1_000_000:
		step = 10_000
	case v >= 100_000:
		step = 1_000
	case v >= 10_000:
		step = 100
	}
	v = (v + step/2) / step * step
	return max(v, step)
}

// productLabel is how a deal names what was sold: the product, sometimes with a quantity.
func productLabel(r *rand.Rand, p product) string {
	if p.equipment && p.tier <= 1 && (p.unit == "台" || p.unit == "套") && r.IntN(2) == 0 {
		return p.name + "（" + strconv.Itoa(1+r.IntN(30)) + p.unit + "）"
	}
	return p.name
}

// Titles and roles of the people inside an organisation.
var (
	titlesByRole = map[model.Role][]string{
		model.RoleDecisionMaker: {"总经理", "董事长", "副总经理", "总经理", "执行董事"},
		model.RoleKeyPerson:     {"采购经理", "技术总监", "生产厂长", "设备部经理", "采购部长", "项目经理", "工程部经理"},
		model.RoleUser:          {"设备工程师", "自动化工程师", "车间主任", "维修主管", "工艺工程师"},
		model.RoleOther:         {"财务经理", "采购专员", "总经理助理", "行政主管"},
	}
	// Colleges and hospitals are run by a 院长; utilities and transit companies by a 总经理.
	academyTitles = map[model.Role][]string{
		model.RoleDecisionMaker: {"副院长", "分管副院长"},
		model.RoleKeyPerson:     {"设备处处长", "采购中心主任", "资产处处长"},
		model.RoleUser:          {"实训中心主任", "设备科工程师"},
		model.RoleOther:         {"财务处会计", "办公室主任"},
	}
	utilityTitles = map[model.Role][]string{
		model.RoleDecisionMaker: {"分管副总", "总经理"},
		model.RoleKeyPerson:     {"设备部部长", "采购中心主任", "物资部经理"},
		model.RoleUser:          {"运维工程师", "设备主管"},
		model.RoleOther:         {"财务经理", "综合办主任"},
	}
	personTitles = []string{"老板", "店主", "厂长", "项目负责人", "技术顾问", "工程师", ""}
)

// Where customers came from; referrals come first, as the notes on keeping customers say they do.
var sources = newPicker([]struct {
	name   string
	weight int
}{
	{"老客户介绍", 40}, {"展会", 14}, {"网络询盘", 12}, {"电话开发", 10}, {"招标信息", 8}, {"行业协会", 6},
	{"陌生拜访", 6}, {"公司官网", 4},
}, func(s struct {
	name   string
	weight int
}) int {
	return s.weight
})

// Tags a salesperson puts on accounts, and those that only fit a firm.
var (
	plainTags = []string{"价格敏感", "付款及时", "账期长", "需开专票", "有扩产计划", "竞品在用", "重点跟进", "技术导向", "决策慢"}
	firmTags  = []string{"上市公司", "出口型", "集团采购"}
	ownership = []string{"民营", "民营", "外资企业", "国企"}
)

// Notes on a customer's profile, and those that only fit a firm; {city} is where they are.
var (
	customerNotes = []string{
		"对交期要求高，宁可贵一点也要准时。",
		"喜欢喝茶，拜访时可以带点好茶叶。",
		"对价格敏感，报价要留出谈判空间。",
		"约拜访要提前两天，上午比下午好找人。",
		"付款爽快，从不拖欠。",
		"习惯先打电话再见面，不喜欢突然上门。",
		"同行的设备用了五六年，是替换的机会。",
	}
	firmNotes = []string{
		"每年三季度做下一年预算，方案要在九月前报上去。",
		"老板亲自拍板，采购只负责比价。",
		"付款习惯走银行承兑，账期三个月左右。",
		"新厂房在建，明年可能扩产，要提前介入。",
		"技术部说了算，要先取得技术负责人的认可。",
		"去年换了采购负责人，关系要重新建立。",
		"流程规范，新供应商准入要两个月。",
		"采购走招标平台，注意投标截止时间。",
		"在{city}有两个厂区，另一个厂区还没合作。",
	}
)

// Logged contacts: what was said before the first order, and while serving a customer. {c} is the
// person spoken to, {p} a product, {n} a small number, {w} a weekday, {city} a city.
var (
	presaleSummaries = map[model.Channel][]string{
		model.ChannelVisit: {
			"上门拜访{c}，参观了生产车间，对方正在评估{p}，答应下周把现场参数发过来。",
			"拜访{c}，了解现有设备的使用年限和故障情况，对方有更新{p}的打算。",
			"拜访{c}，介绍了我们的{p}方案和同行业案例，对方最关心投资多久能收回。",
			"带技术部同事去现场勘测，和{c}一起确认了{p}的安装位置和接口要求。",
			"上门演示{p}样机，{c}和车间主任都在，现场提了{n}条改进意见。",
			"拜访{c}谈报价，对方觉得偏贵，希望再降{n}个点，说别家报得低一些。",
		},
		model.ChannelCall: {
			"电话联系{c}，了解到{p}的预算要等下个季度才批下来。",
			"给{c}打电话约拜访时间，对方这周出差，约在下周{w}。",
			"电话回访报价情况，{c}说还在比较三家供应商，下周内部开会定。",
			"{c}来电询问{p}的交货周期和售后条款。",
			"电话跟{c}核对技术参数，对方希望{p}能兼容现有的控制系统。",
			"打电话给{c}，对方说老板看了方案，想先到我们的样板客户那里看看。",
		},
		model.ChannelWeChat: {
			"微信发给{c}{p}的产品资料和两个客户案例视频，对方回复会转技术部看。",
			"{c}微信发来车间照片，问{p}能不能在现有产线上改造。",
			"微信上和{c}确认了技术交流会的时间和参会人员。",
			"{c}在微信上问有没有现货，说如果价格合适这个月就能下单。",
		},
		model.ChannelEmail: {
			"邮件发送{p}正式报价单和技术协议初稿，抄送对方采购部。",
			"按{c}的要求补发了公司资质文件和近三年同类项目业绩。",
			"{c}发来询价单，共{n}项，已转给商务部门核价。",
		},
		model.ChannelMeeting: {
			"在{city}工博会展位上遇到{c}，聊了二十分钟，对{p}有兴趣，互加了微信。",
			"在对方会议室开技术交流会，设备部和生产部都来了人，{c}主持。",
		},
		model.ChannelOther: {
			"寄去{p}的选型手册和样品，快递单号已发给{c}。",
			"参加对方组织的供应商开放日，和{c}见了一面。",
		},
	}
	serviceSummaries = map[model.Channel][]string{
		model.ChannelVisit: {
			"例行拜访{c}，了解{p}使用情况，运行稳定，对方提到下半年还有新线要上。",
			"上门回访，{c}反映{p}偶尔报警，已记录并约了售后工程师。",
			"拜访{c}谈明年的供货计划，对方希望框架价格不涨。",
			"陪售后工程师上门做{p}季度保养，顺便和{c}聊了扩产计划。",
			"拜访{c}，送去新版产品手册，对方介绍了一位{city}的朋友给我们。",
			"去现场看{p}安装进度，已完成约{n}成，{c}对施工比较满意。",
			"拜访{c}对账，确认上一批货款的付款时间。",
			"拜访{c}，对方新来的生产经理也在，简单介绍了我们的服务。",
			"带新产品样本拜访{c}，对方对升级后的{p}有兴趣，要了报价。",
		},
		model.ChannelCall: {
			"电话问候{c}，确认{p}已到货验收，一切正常。",
			"电话和{c}沟通尾款，对方说财务月底统一安排付款。",
			"{c}来电要加订一批备件，报价后当场确认。",
			"电话回访{p}使用情况，{c}说操作工已经上手，效率提升明显。",
			"和{c}电话确认下个月的送货计划。",
			"{c}打电话说有一台设备停机，已安排工程师明天上午到现场。",
			"电话通知{c}新的价格政策，老客户续订可以享受优惠。",
		},
		model.ChannelWeChat: {
			"微信给{c}发了节日问候和新品资料。",
			"{c}微信发来{p}的故障视频，已转售后，当天回复了处理办法。",
			"微信发送对账单，{c}确认无误。",
			"在微信上和{c}约了下周{w}拜访。",
			"{c}在朋友圈看到我们的新品，微信来问{p}的升级方案。",
			"微信上提醒{c}安排{p}的年度保养。",
		},
		model.ChannelEmail: {
			"邮件发送{p}的季度服务报告和备件建议清单。",
			"邮件发出续签合同草稿，请{c}审阅。",
			"邮件答复{c}关于发票和付款条款的问题。",
			"邮件发送{p}扩容方案和报价，请{c}转给技术部评估。",
		},
		model.ChannelMeeting: {
			"请{c}吃饭，聊了明年的采购计划，对方透露预算会增加。",
			"陪{c}参观我们的工厂和展厅，看了新一代{p}。",
			"参加{c}公司的年度供应商大会，我们被评为优秀供应商。",
			"和{c}在行业展会上碰面，顺便介绍了两家同行认识。",
		},
		model.ChannelOther: {
			"中秋给{c}寄了月饼礼盒，对方发消息表示感谢。",
			"给{c}寄去新年台历和新版样本。",
			"安排{c}的两名工程师参加我们的技术培训。",
		},
	}
	// A dormant or lost customer is asked why they stopped buying, and offered a way back.
	winBackSummaries = map[model.Channel][]string{
		model.ChannelVisit: {
			"回访{c}，了解到上次之后没再下单，是因为预算砍了一半。",
			"拜访{c}，带去老客户回购方案，对方答应下个季度再评估。",
			"拜访{c}，对方说现在用的是别家的设备，价格便宜一些，但售后跟不上。",
		},
		model.ChannelCall: {
			"电话问候{c}，对方说目前生产任务不饱和，暂时不添设备。",
			"给{c}打电话，了解到之前的{p}用得还行，只是换了采购负责人。",
		},
		model.ChannelWeChat: {
			"微信给{c}发了老客户回购优惠，对方回复先收藏了。",
			"节前微信问候{c}，顺便问了问设备的使用情况。",
		},
		model.ChannelEmail:   {"邮件给{c}发送新一代{p}的介绍和以旧换新政策。"},
		model.ChannelMeeting: {"在行业协会的活动上碰到{c}，聊起上次合作的情况，对方印象还不错。"},
		model.ChannelOther:   {"给{c}寄去新版样本和一封感谢信。"},
	}
	winBackNextSteps = []string{"下季度再约拜访", "发以旧换新方案", "请售后免费上门检查一次", "问清楚换供应商的原因"}
	presaleNextSteps = []string{"下周发正式报价", "约技术交流会", "准备样机演示", "整理同行业案例发给对方",
		"等对方预算批下来再跟进", "提交技术方案", "约采购部面谈", "申请特价", "下周{w}再电话确认", "安排现场勘测"}
	serviceNextSteps = []string{"两周后回访使用情况", "月底前催收尾款", "安排售后工程师上门", "准备年度续签方案",
		"发对账单", "跟进新产线需求", "寄送备件报价", "邀请参加新品发布会", "下次拜访带上新品样本", "约对方老板吃饭"}
)

// Reminders by kind; the same placeholders as the logged contacts.
var reminderNotes = map[model.ReminderKind][]string{
	model.ReminderCall:  {"给{c}打电话确认{p}交期", "电话回访{p}使用情况", "催{c}回复报价", "打电话问{c}预算批了没有"},
	model.ReminderVisit: {"拜访{c}，送新版产品手册", "上门对账", "陪售后工程师去现场", "带样机去给{c}演示"},
	model.ReminderOther: {"寄样品给{c}", "开{p}的发票", "整理{c}要的案例资料", "提交特价申请"},
}

// Reminders that only fit some accounts: a tender for a key account, the agreement for a
// strategic one.
var (
	tenderNote    = "准备{p}投标文件"
	agreementNote = "续签年度供货协议"
)

// Complaints with how a resolved one was settled; the last one is made in bad faith.
var complaints = []struct{ what, summary string }{
	{"{p}到货比合同晚了一周，影响对方排产。", "当面道歉，后续订单优先排产，并补一次免费保养，对方接受。"},
	{"设备安装后调试不到位，售后响应太慢。", "派两名工程师驻场三天，问题解决，对方签字确认。"},
	{"发票抬头开错，要求重开。", "财务三天内重开并寄出。"},
	{"备件包装破损，有两件变形。", "补发新件，并改进了包装方式。"},
	{"合同价格和报价单不一致，对方认为多收了钱。", "核对后是运费口径不同，解释清楚并退还差额。"},
	{"操作手册只有英文版，工人看不懂。", "提供中文版手册，并安排了一次现场培训。"},
	{"售后电话几次没人接。", "建了专属服务群，承诺两小时内响应。"},
	{"{p}运行噪音偏大。", "更换减震垫后噪音达标，对方满意。"},
	{"声称设备有质量问题，要求全额退款。", "现场检查为操作不当造成损坏，提供照片和记录，按合同处理。"},
}

var complaintHandlers = []string{"本人", "售后部 周工", "售后部 何工", "技术部 韩工", "财务部 钱会计"}

// Notes a salesperson writes next to a personality type on a person.
var typeNotes = map[string][]string{
	"hesitant":        {"拿不定主意，别催，多给案例和口碑", "每次都说再考虑考虑"},
	"proud":           {"爱听夸奖，先肯定他的眼光再谈正事"},
	"questioning":     {"问题特别多，每个都要认真回答", "会追问技术细节，带工程师一起去"},
	"impulsive":       {"说话直接，方案直接给结论"},
	"silent":          {"话很少，多问开放式问题"},
	"shrewd":          {"很会砍价，让他觉得自己谈赢了", "精明，账算得很清楚"},
	"complaining":     {"爱抱怨，先让他说完"},
	"methodical":      {"做事有条理，资料按顺序讲清楚"},
	"picky":           {"对价格挑剔，讲清楚贵在哪里"},
	"analytical":      {"要数据说话，报价附参数对比表", "喜欢看测试报告"},
	"emotional":       {"重感情，多聊家常", "记得问候他家孩子"},
	"stubborn":        {"认定的事不好改，别正面顶"},
	"talkative":       {"聊起来停不下，注意把话题拉回来"},
	"agreeable":       {"什么都说好但不拍板，问清顾虑"},
	"haggler":         {"每次都压价，底价要守住"},
	"domineering":     {"强势，不卑不亢，守住底线"},
	"insincere":       {"客气但不表态，先建立信任"},
	"rational":        {"理性务实，实事求是讲优缺点", "不吃请，只看方案"},
	"task_doer":       {"领导派来采购的，服务到位就行，折扣别给多"},
	"self_interested": {"条件要得多，条款写清楚，按规矩办"},
	"owner_minded":    {"把公司的事当自己的事，讲长期价值"},
	"credit_seeking":  {"喜欢在领导面前表现，功劳让给他"},
	"stingy":          {"花钱谨慎，多讲省了多少"},
	"relationship":    {"看重关系，逢年过节要问候", "老朋友介绍的，讲交情"},
	"composed":        {"不慌不忙，用事实和对比说话"},
	"indecisive":      {"犹豫不决，先把疑虑都摆出来"},
	"frank":           {"爽快人，办事利索"},
	"cool_headed":     {"冷静，喜欢自己想清楚再说"},
	"firm_careful":    {"稳重谨慎，答应的事一定要做到"},
	"quiet_introvert": {"内向，微信沟通比电话好"},
	"cold_arrogant":   {"一开始很冷淡，熟了就好"},
	"doubtful":        {"疑心重，拿证据说话"},
	"vain":            {"爱面子，在人前给足面子"},
	"nervous":         {"容易紧张，说话语气要放缓"},
	"value_seeking":   {"看重性价比"},
	"mainstream":      {"要质量也要价格合适"},
	"affluent":        {"只要最好的，价格不是问题"},
}

// sampleTypes are the built-in type codes the sample uses, in catalog order, those of spending
// power apart; a code the catalog does not hold is left out so the book's references stay sound.
// They are read from the catalog, which is parsed when first asked for.
type sampleTypes struct{ main, spending []string }

var taggableTypes = lazily(func() sampleTypes {
	var out sampleTypes
	for _, t := range model.BuiltinTypes() {
		if _, ok := typeNotes[t.Code]; !ok {
			continue
		}
		if t.Typology == model.TypologySpendingPower {
			out.spending = append(out.spending, t.Code)
		} else {
			out.main = append(out.main, t.Code)
		}
	}
	return out
})

var weekdays = []string{"一", "二", "三", "四", "五"}

// fill puts the placeholders into a template. It is written out rather than done with a
// strings.Replacer because a scale book fills two million of them.
func fill(r *rand.Rand, tmpl, who, prod, cityName string) string {
	if !strings.Contains(tmpl, "{") {
		return tmpl
	}
	var b strings.Builder
	b.Grow(len(tmpl) + 32)
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(tmpl[:i])
		switch tmpl[i+1 : i+j] {
		case "c":
			b.WriteString(who)
		case "p":
			b.WriteString(prod)
		case "city":
			b.WriteString(cityName)
		case "n":
			b.WriteString(strconv.Itoa(2 + r.IntN(6)))
		case "w":
			b.WriteString(weekdays[r.IntN(len(weekdays))])
		default:
			b.WriteString(tmpl[i : i+j+1])
		}
		tmpl = tmpl[i+j+1:]
	}
}
