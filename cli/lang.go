package cli

import (
	"errors"
	"fmt"
	"guanxi/model"
	"guanxi/store"
	"regexp"
	"strings"
)

// detectLang picks the language of human output: --lang first (looked for before the flags are
// parsed, so that help and flag errors speak it too), then LC_ALL, LC_MESSAGES and LANG, the first
// that is set deciding as POSIX does. Chinese when it starts with zh, English otherwise.
func detectLang(args []string, env func(string) string) model.Lang {
	for i, a := range args {
		if a == "--" {
			break
		}
		var v string
		switch {
		case a == "--lang" || a == "-lang":
			if i+1 < len(args) {
				v = args[i+1]
			}
		case strings.HasPrefix(a, "--lang="):
			v = strings.TrimPrefix(a, "--lang=")
		case strings.HasPrefix(a, "-lang="):
			v = strings.TrimPrefix(a, "-lang=")
		}
		if l, ok := parseLang(v); ok {
			return l
		}
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := env(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return model.Zh
			}
			return model.En
		}
	}
	return model.En
}

// parseLang reads zh or en, also as a locale name (zh_CN.UTF-8) or 中文.
func parseLang(s string) (model.Lang, bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch {
	case t == "":
		return "", false
	case strings.HasPrefix(t, "zh") || t == "中文" || t == "cn":
		return model.Zh, true
	case strings.HasPrefix(t, "en") || t == "英文":
		return model.En, true
	}
	return "", false
}

// tr picks the text of the invocation's language.
func (c *cli) tr(zh, en string) string {
	if c.lang == model.Zh {
		return zh
	}
	return en
}

// trf formats the text of the invocation's language.
func (c *cli) trf(zh, en string, args ...any) string { return fmt.Sprintf(c.tr(zh, en), args...) }

// usageError is a command line that is wrong: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usagef makes a usage error in the invocation's language.
func (c *cli) usagef(zh, en string, args ...any) error {
	return &usageError{c.trf(zh, en, args...)}
}

// errorf makes any other error in the invocation's language: exit code 1.
func (c *cli) errorf(zh, en string, args ...any) error {
	return errors.New(c.trf(zh, en, args...))
}

// exitCode is 2 for what the user typed wrong, 1 for everything else.
func exitCode(err error) int {
	var ue *usageError
	var fe *model.FieldError
	var te *model.UnknownTypeError
	if errors.As(err, &ue) || errors.As(err, &fe) || errors.As(err, &te) {
		return 2
	}
	return 1
}

// fieldFlags names the flag that sets a field a validation can fail on, where the two differ.
var fieldFlags = map[string]string{
	"summary":       "note",
	"next_step":     "next",
	"due_on":        "on",
	"credit_due_on": "credit-due",
	"notes":         "notes",
}

// explain turns an error into the one sentence the user reads.
func (c *cli) explain(err error) string {
	var ue *usageError
	var fe *model.FieldError
	var te *model.UnknownTypeError
	var ae *store.AmbiguousError
	switch {
	case errors.As(err, &ue):
		return ue.msg
	case errors.As(err, &fe):
		name, ok := fieldFlags[fe.Field]
		if !ok {
			name = strings.ReplaceAll(fe.Field, "_", "-")
		}
		return "--" + name + c.tr("：", ": ") + fe.Msg.In(c.lang)
	case errors.As(err, &te):
		return c.unknownTypeMessage(te)
	case errors.As(err, &ae):
		return c.ambiguousMessage(ae)
	}
	if msg, ok := c.troubleMessage(err); ok {
		return msg
	}
	return err.Error()
}

// ambiguousMessage lists every customer a reference matched, so the user can pick an id.
func (c *cli) ambiguousMessage(ae *store.AmbiguousError) string {
	names := make([]string, len(ae.Matches))
	for i, m := range ae.Matches {
		names[i] = fmt.Sprintf("%d %s", m.ID, m.Name)
		if m.Company != "" {
			names[i] += c.trf("（%s）", " (%s)", m.Company)
		}
	}
	return c.trf("“%s”对应 %d 位客户，请改用编号：%s", "%q matches %d customers; use the id: %s",
		ae.Ref, len(ae.Matches), strings.Join(names, c.tr("；", "; ")))
}

// unknownTypeMessage names the closest personality types, or lists them all when none is close.
func (c *cli) unknownTypeMessage(te *model.UnknownTypeError) string {
	if len(te.Closest) > 0 {
		names := make([]string, len(te.Closest))
		for i, t := range te.Closest {
			names[i] = t.Code + c.trf("（%s）", " (%s)", t.Name.Zh)
		}
		return c.trf("未知的性格类型“%s”；最接近的是：%s", "unknown personality type %q; the closest are: %s",
			te.Query, strings.Join(names, c.tr("、", ", ")))
	}
	var names []string
	for _, t := range model.BuiltinTypes() {
		names = append(names, t.Name.In(c.lang))
	}
	return c.trf("未知的性格类型“%s”；可选：%s", "unknown personality type %q; choose one of: %s",
		te.Query, strings.Join(names, c.tr("、", ", ")))
}

// unknownCommand names the commands there are.
func (c *cli) unknownCommand(name string) error {
	var names []string
	for _, cmd := range c.root.Commands() {
		if !cmd.Hidden {
			names = append(names, cmd.Name())
		}
	}
	return c.usagef("没有“%s”这个命令；可用的命令：%s（guanxi --help 查看说明）",
		"there is no command %q; the commands are: %s (see guanxi --help)", name, strings.Join(names, ", "))
}

// flagError rewrites the flag parser's messages as a sentence in the invocation's language.
func (c *cli) flagError(cmd string, err error) error {
	help := "guanxi --help"
	if cmd != "" {
		help = "guanxi " + cmd + " --help"
	}
	msg := err.Error()
	if m := unknownFlag.FindStringSubmatch(msg); m != nil {
		return c.usagef("未知的参数 %s（%s 查看用法）", "unknown flag %s (see %s)", flagOf(m), help)
	}
	if m := needsValue.FindStringSubmatch(msg); m != nil {
		return c.usagef("参数 %s 需要一个值（%s 查看用法）", "flag %s needs a value (see %s)", flagOf(m), help)
	}
	if m := invalidValue.FindStringSubmatch(msg); m != nil {
		return c.usagef("参数 --%s 的值 %s 无效（%s 查看用法）", "--%s: %s is not a valid value (see %s)", m[2], m[1], help)
	}
	return c.usagef("%v（%s 查看用法）", "%v (see %s)", err, help)
}

// The flag parser's messages: an unknown flag ("unknown flag: --x", "unknown shorthand flag: 'x'
// in -x"), a flag without its value, and a value it cannot parse. The flag is the first group for
// a long one, "-" and the second for a shorthand.
var (
	unknownFlag  = regexp.MustCompile(`^unknown (?:shorthand )?flag: (?:(--\S+)|'(.)' in -)`)
	needsValue   = regexp.MustCompile(`^flag needs an argument: (?:(--\S+)|'(.)' in -)`)
	invalidValue = regexp.MustCompile(`^invalid argument (".*") for "(?:-., )?--([^"]+)" flag`)
)

// codeWhat names each code list in both languages, for messages.
var codeWhat = map[string]model.Text{
	"level":    {Zh: "客户级别", En: "level"},
	"stage":    {Zh: "客户阶段", En: "stage"},
	"relation": {Zh: "关系深度", En: "relation"},
	"channel":  {Zh: "联系方式", En: "channel"},
	"kind":     {Zh: "类型", En: "kind"},
	"reminder": {Zh: "提醒类型", En: "reminder kind"},
}

// parseCode reads a code or either of its names from list; the usage error lists the choices.
func (c *cli) parseCode(list []model.Code, what, flagName, typed string) (string, error) {
	if code, err := model.LookupCode(list, what, typed); err == nil {
		return code, nil
	}
	choices := make([]string, len(list))
	for i, code := range list {
		choices[i] = code.Code + c.trf("（%s）", " (%s)", code.Name.Zh)
	}
	return "", c.usagef("--%s：未知的%s“%s”；可选：%s", "--%s: unknown %s %q; use one of %s",
		flagName, codeWhat[what].In(c.lang), typed, strings.Join(choices, c.tr("、", ", ")))
}

// notFound says no customer answers to a reference, and how to find one.
func (c *cli) notFound(ref string) error {
	return c.errorf("找不到“%s”：没有这个编号、姓名或电话的客户（guanxi list --query 可以搜索）",
		"no customer has the id, name or phone %q (guanxi list --query searches)", ref)
}

// flagOf is the flag a message of unknownFlag or needsValue names, as the user typed it.
func flagOf(m []string) string {
	if m[1] != "" {
		return m[1]
	}
	return "-" + m[2]
}
