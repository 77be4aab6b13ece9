package model

import (
	"fmt"
	"strings"
)

// Code is one entry of a fixed code list: the English snake_case code used in flags, JSON and the
// book, with its names in both languages.
type Code struct {
	Code string
	Name Text
}

// Stage is where a customer stands on the way from prospect to loyal customer (or lost).
type Stage string

// The stages, in their order along the way.
const (
	StageProspect  Stage = "prospect"
	StageTarget    Stage = "target"
	StageQualified Stage = "qualified"
	StageCustomer  Stage = "customer"
	StageLoyal     Stage = "loyal"
	StageLost      Stage = "lost"
)

// Stages lists every stage with its names.
var Stages = []Code{
	{string(StageProspect), Text{"潜在客户", "Prospect"}},
	{string(StageTarget), Text{"目标客户", "Target"}},
	{string(StageQualified), Text{"准客户", "Qualified"}},
	{string(StageCustomer), Text{"成交客户", "Customer"}},
	{string(StageLoyal), Text{"忠诚客户", "Loyal"}},
	{string(StageLost), Text{"流失客户", "Lost"}},
}

// Relation is how deep the relationship with a customer goes.
type Relation string

// The relationship depths, shallow to deep.
const (
	RelationTransactional Relation = "transactional"
	RelationPreferred     Relation = "preferred"
	RelationPartner       Relation = "partner"
	RelationAlliance      Relation = "alliance"
)

// Relations lists every relationship depth with its names.
var Relations = []Code{
	{string(RelationTransactional), Text{"买卖关系", "Transactional"}},
	{string(RelationPreferred), Text{"优先选择", "Preferred supplier"}},
	{string(RelationPartner), Text{"合作伙伴", "Partner"}},
	{string(RelationAlliance), Text{"战略联盟", "Alliance"}},
}

// Channel is how a contact with a customer took place.
type Channel string

// The channels of a logged contact.
const (
	ChannelVisit   Channel = "visit"
	ChannelCall    Channel = "call"
	ChannelWeChat  Channel = "wechat"
	ChannelEmail   Channel = "email"
	ChannelMeeting Channel = "meeting"
	ChannelOther   Channel = "other"
)

// Channels lists every channel with its names.
var Channels = []Code{
	{string(ChannelVisit), Text{"拜访", "Visit"}},
	{string(ChannelCall), Text{"电话", "Call"}},
	{string(ChannelWeChat), Text{"微信", "WeChat"}},
	{string(ChannelEmail), Text{"邮件", "Email"}},
	{string(ChannelMeeting), Text{"会面", "Meeting"}},
	{string(ChannelOther), Text{"其他", "Other"}},
}

// Kind tells a person from an organisation.
type Kind string

// The two kinds of customer.
const (
	KindPerson       Kind = "person"
	KindOrganisation Kind = "organisation"
)

// Kinds lists both kinds of customer with their names.
var Kinds = []Code{
	{string(KindPerson), Text{"个人客户", "Person"}},
	{string(KindOrganisation), Text{"企业客户", "Organisation"}},
}

// Role is what a contact person does inside a customer's organisation.
type Role string

// The roles of a contact person.
const (
	RoleDecisionMaker Role = "decision_maker"
	RoleKeyPerson     Role = "key_person"
	RoleUser          Role = "user"
	RoleOther         Role = "other"
)

// Roles lists every role with its names.
var Roles = []Code{
	{string(RoleDecisionMaker), Text{"决策人", "Decision maker"}},
	{string(RoleKeyPerson), Text{"关键人", "Key person"}},
	{string(RoleUser), Text{"使用者", "User"}},
	{string(RoleOther), Text{"其他", "Other"}},
}

// ReminderKind is what a manual reminder asks the user to do.
type ReminderKind string

// The kinds of a manual reminder.
const (
	ReminderVisit ReminderKind = "visit"
	ReminderCall  ReminderKind = "call"
	// ReminderFollowUp asks for a contact of any kind: the customer is to be followed up by then,
	// whether by a visit, a call, WeChat or an email.
	ReminderFollowUp ReminderKind = "followup"
	ReminderOther    ReminderKind = "other"
)

// ReminderKinds lists every reminder kind with its names.
var ReminderKinds = []Code{
	{string(ReminderVisit), Text{"拜访", "Visit"}},
	{string(ReminderCall), Text{"电话", "Call"}},
	{string(ReminderFollowUp), Text{"跟进", "Follow-up"}},
	{string(ReminderOther), Text{"其他", "Other"}},
}

// LookupCode finds what a user typed in a code list: the code itself or either name, ignoring case
// and surrounding spaces. The error lists the accepted codes.
func LookupCode(list []Code, what, typed string) (string, error) {
	t := strings.TrimSpace(typed)
	for _, c := range list {
		if strings.EqualFold(t, c.Code) || t == c.Name.Zh || strings.EqualFold(t, c.Name.En) {
			return c.Code, nil
		}
	}
	codes := make([]string, len(list))
	for i, c := range list {
		codes[i] = c.Code + " (" + c.Name.Zh + ")"
	}
	return "", fmt.Errorf("unknown %s %q: use one of %s", what, typed, strings.Join(codes, ", "))
}

// NameOf returns the name of code in lang, or the code itself when the list does not hold it.
func NameOf(list []Code, code string, lang Lang) string {
	for _, c := range list {
		if c.Code == code {
			return c.Name.In(lang)
		}
	}
	return code
}

// ParseStage reads a stage code or name.
func ParseStage(s string) (Stage, error) {
	c, err := LookupCode(Stages, "stage", s)
	return Stage(c), err
}

// ParseRelation reads a relationship code or name.
func ParseRelation(s string) (Relation, error) {
	c, err := LookupCode(Relations, "relation", s)
	return Relation(c), err
}

// ParseChannel reads a channel code or name.
func ParseChannel(s string) (Channel, error) {
	c, err := LookupCode(Channels, "channel", s)
	return Channel(c), err
}

// ParseKind reads a customer kind code or name.
func ParseKind(s string) (Kind, error) {
	c, err := LookupCode(Kinds, "kind", s)
	return Kind(c), err
}

// ParseRole reads a contact role code or name.
func ParseRole(s string) (Role, error) {
	c, err := LookupCode(Roles, "role", s)
	return Role(c), err
}

// ParseReminderKind reads a reminder kind code or name.
func ParseReminderKind(s string) (ReminderKind, error) {
	c, err := LookupCode(ReminderKinds, "reminder kind", s)
	return ReminderKind(c), err
}
