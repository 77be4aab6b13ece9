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

// t is a message of the catalogue in the invocation's language.
func (c *cli) t(t model.Text) string { return t.In(c.lang) }

// tf formats a message of the catalogue in the invocation's language.
func (c *cli) tf(t model.Text, args ...any) string { return fmt.Sprintf(c.t(t), args...) }

// usageError is a command line that is wrong: exit code 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usagef makes a usage error of a message of the catalogue.
func (c *cli) usagef(t model.Text, args ...any) error {
	return &usageError{c.tf(t, args...)}
}

// errorf makes any other error of a message of the catalogue: exit code 1.
func (c *cli) errorf(t model.Text, args ...any) error {
	return errors.New(c.tf(t, args...))
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
		return "--" + name + c.t(texts.Shared.Colon) + fe.Msg.In(c.lang)
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
			names[i] += c.tf(texts.Shared.Aside, m.Company)
		}
	}
	return c.tf(texts.Args.MatchesCustomersUse,
		ae.Ref, len(ae.Matches), strings.Join(names, c.t(texts.Shared.Semicolon)))
}

// unknownTypeMessage names the closest personality types, or lists them all when none is close.
func (c *cli) unknownTypeMessage(te *model.UnknownTypeError) string {
	if len(te.Closest) > 0 {
		names := make([]string, len(te.Closest))
		for i, t := range te.Closest {
			names[i] = t.Code + c.tf(texts.Shared.Aside, t.Name.Zh)
		}
		return c.tf(texts.Args.UnknownPersonalityType,
			te.Query, strings.Join(names, c.t(texts.Shared.Comma)))
	}
	var names []string
	for _, t := range model.BuiltinTypes() {
		names = append(names, t.Name.In(c.lang))
	}
	return c.tf(texts.Args.UnknownPersonalityTypeChoose,
		te.Query, strings.Join(names, c.t(texts.Shared.Comma)))
}

// unknownCommand names the commands there are.
func (c *cli) unknownCommand(name string) error {
	var names []string
	for _, cmd := range c.root.Commands() {
		if !cmd.Hidden {
			names = append(names, cmd.Name())
		}
	}
	return c.usagef(texts.Args.ThereNoCommand, name, strings.Join(names, ", "))
}

// flagError rewrites the flag parser's messages as a sentence in the invocation's language.
func (c *cli) flagError(cmd string, err error) error {
	help := "guanxi --help"
	if cmd != "" {
		help = "guanxi " + cmd + " --help"
	}
	msg := err.Error()
	if m := unknownFlag.FindStringSubmatch(msg); m != nil {
		return c.usagef(texts.Args.UnknownFlagSee, flagOf(m), help)
	}
	if m := needsValue.FindStringSubmatch(msg); m != nil {
		return c.usagef(texts.Args.FlagNeedsValue, flagOf(m), help)
	}
	if m := invalidValue.FindStringSubmatch(msg); m != nil {
		return c.usagef(texts.Args.NotValidValue, m[2], m[1], help)
	}
	return c.usagef(texts.Args.See, err, help)
}

// The flag parser's messages: an unknown flag ("unknown flag: --x", "unknown shorthand flag: 'x'
// in -x"), a flag without its value, and a value it cannot parse. The flag is the first group for
// a long one, "-" and the second for a shorthand.
var (
	unknownFlag  = regexp.MustCompile(`^unknown (?:shorthand )?flag: (?:(--\S+)|'(.)' in -)`)
	needsValue   = regexp.MustCompile(`^flag needs an argument: (?:(--\S+)|'(.)' in -)`)
	invalidValue = regexp.MustCompile(`^invalid argument (".*") for "(?:-., )?--([^"]+)" flag`)
)

// parseCode reads a code or either of its names from list; the usage error lists the choices.
func (c *cli) parseCode(list []model.Code, what model.Text, flagName, typed string) (string, error) {
	if code, err := model.LookupCode(list, what.En, typed); err == nil {
		return code, nil
	}
	choices := make([]string, len(list))
	for i, code := range list {
		choices[i] = code.Code + c.tf(texts.Shared.Aside, code.Name.Zh)
	}
	return "", c.usagef(texts.Args.UnknownUseOne,
		flagName, what.In(c.lang), typed, strings.Join(choices, c.t(texts.Shared.Comma)))
}

// flagOf is the flag a message of unknownFlag or needsValue names, as the user typed it.
func flagOf(m []string) string {
	if m[1] != "" {
		return m[1]
	}
	return "-" + m[2]
}
