# What the end-to-end checks share, sourced by each after it sets E2E_NAME (the name its messages
# begin with): a fresh folder and book, the binary built into it, a tmux session of its own, and
# the steps that read the screen. Everything made is removed when the check ends.

work=$(mktemp -d)
session="guanxi-$E2E_NAME-$$"
cleanup() {
  tmux kill-session -t "$session" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/guanxi" .
export GUANXI_DB="$work/book/guanxi.db"
export LANG=zh_CN.UTF-8 LC_ALL=
gx() { "$work/guanxi" "$@"; }
# says TEXT COMMAND...: whether the command succeeds and its output holds TEXT (a regular
# expression). The output is read whole first: a `gx ... | grep -q` under pipefail would fail
# whenever grep stops reading early.
says() {
  local text=$1 out
  shift
  out=$(gx "$@") || return 2
  grep -q -- "$text" <<<"$out"
}

# expect TEXT OUTPUT: the output holds TEXT (as it is, not a pattern), or the check fails.
expect() {
  grep -qF -- "$1" <<<"$2" || fail "the output lacks: $1"$'\n'"$2"
}

screen() { tmux capture-pane -p -t "$session"; }
# fail MESSAGE: says what went wrong, with the screen when the TUI is running, and ends the check.
fail() {
  echo "$E2E_NAME: FAIL: $1"
  if tmux has-session -t "$session" 2>/dev/null; then
    echo "---- screen ----"
    screen || true
    echo "----------------"
  fi
  exit 1
}
# wait_for TEXT [SECONDS]: until the screen shows TEXT.
wait_for() {
  local text=$1 limit=${2:-10} i
  for ((i = 0; i < limit * 10; i++)); do
    if screen | grep -qF -- "$text"; then return 0; fi
    sleep 0.1
  done
  fail "the screen never showed: $text"
}
# wait_gone TEXT [SECONDS]: until the screen no longer shows TEXT.
wait_gone() {
  local text=$1 limit=${2:-10} i
  for ((i = 0; i < limit * 10; i++)); do
    if ! screen | grep -qF -- "$text"; then return 0; fi
    sleep 0.1
  done
  fail "the screen still shows: $text"
}
keys() { tmux send-keys -t "$session" "$@"; }
# start_tui: the TUI on the book in tmux at 80x24 under a Chinese locale.
start_tui() {
  tmux new-session -d -s "$session" -x 80 -y 24 "env GUANXI_DB='$GUANXI_DB' LANG=zh_CN.UTF-8 '$work/guanxi'; sleep 30"
}

# next_visit_after NAME DAYS: the customer's next planned visit, as the book has it, after checking
# it is DAYS days on or, when that day is a weekend or a public holiday, the first working day
# after it (guanxi moves planned visits to working days).
next_visit_after() {
  local on
  on=$(gx show "$1" --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["next_visit_on"])')
  if [[ "$on" < "$(date -d "+$2 days" +%F)" || ! "$on" < "$(date -d "+$(($2 + 10)) days" +%F)" ]]; then
    fail "$1's next visit should be $2 days on or the first working day after, not $on"
  fi
  echo "$on"
}
