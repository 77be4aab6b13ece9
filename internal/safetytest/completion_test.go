package safetytest

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestBashCompletion sources `guanxi completion bash` in a real bash and completes as the tab key
// does: `guanxi sh` becomes `show`, and after `guanxi show ` the names of the book's customers are
// offered. The script asks the binary on the PATH, as a user's shell would.
func TestBashCompletion(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not installed")
	}
	// The script uses the bash-completion package's helpers, as every distribution's bash has them.
	const helpers = "/usr/share/bash-completion/bash_completion"
	if _, err := os.Stat(helpers); err != nil {
		t.Skip("the bash-completion package is not installed")
	}
	home := t.TempDir()
	env := append(baseEnv(home), "PATH="+filepath.Dir(gxBin)+":"+os.Getenv("PATH"),
		"GUANXI_DB="+filepath.Join(home, "book.db"), "COLUMNS=200", "LC_ALL=C.UTF-8")
	for _, name := range []string{"张三", "李四", "Zhang Wei"} {
		if r := gx(t, env, "", "add", "--name", name); r.code != 0 {
			t.Fatalf("add %s: %v", name, r)
		}
	}
	r := gx(t, env, "", "completion", "bash")
	if r.code != 0 || !strings.Contains(r.stdout, "__start_guanxi") {
		t.Fatalf("completion bash: %v", r)
	}
	script := filepath.Join(home, "guanxi.bash")
	if err := os.WriteFile(script, []byte(r.stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	// What the tab key does: bash sets COMP_WORDS and friends and calls the completion function.
	complete := func(line string) []string {
		t.Helper()
		cmd := exec.Command(bash, "--norc", "--noprofile", "-c", `source "$3"
source "$1"
COMP_LINE=$2
COMP_POINT=${#COMP_LINE}
read -ra COMP_WORDS <<< "$COMP_LINE"
[[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
__start_guanxi guanxi
printf '%s\n' "${COMPREPLY[@]}"`, "bash", script, line, helpers)
		cmd.Env = env
		var errb strings.Builder
		cmd.Stderr = &errb
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("complete %q: %v\n%s", line, err, errb.String())
		}
		var words []string
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			// With several candidates bash shows each with its description after two spaces.
			words = append(words, strings.TrimSpace(strings.SplitN(l, "  ", 2)[0]))
		}
		return words
	}
	if got := complete("guanxi sh"); !slices.Equal(got, []string{"show"}) {
		t.Errorf("guanxi sh<tab>: %q, want show", got)
	}
	got := complete("guanxi show ")
	for _, want := range []string{"张三", "李四", "Zhang"} {
		if !slices.ContainsFunc(got, func(w string) bool { return strings.HasPrefix(w, want) }) {
			t.Errorf("guanxi show <tab>: %q has no %s", got, want)
		}
	}
	if got := complete("guanxi show 张"); !slices.Equal(got, []string{"张三"}) {
		t.Errorf("guanxi show 张<tab>: %q, want 张三", got)
	}
	if got := complete("guanxi list --level v"); !slices.Equal(got, []string{"vip"}) {
		t.Errorf("guanxi list --level v<tab>: %q, want vip", got)
	}
}
