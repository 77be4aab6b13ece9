#!/usr/bin/env bash
# End-to-end check of correcting the record: the built binary in tmux at 80x24 under a Chinese
# locale, used as a person would. A deal mistyped as 125万 instead of 12.5万 makes its customer an
# A; corrected in the archive's timeline (enter on the deal, then the amount), the value class
# falls back; a logged contact is removed and brought back with X and u; the command line's
# verbs correct and remove the rest. Every step waits for what the screen or the output must show.
set -euo pipefail
cd "$(dirname "$0")/.."

E2E_NAME=e2e-records
. .ci/e2e_lib.sh

abc() { gx show "$1" --json | sed -n 's/^  "abc": "\?\([A-C]\)"\?,$/\1/p'; }

# Ten customers who buy about 20万 each, and one whose 12.5万 was typed as 125万.
for i in 1 2 3 4 5 6 7 8 9 10; do
  gx add --name "客户$i" >/dev/null
  gx deal "客户$i" --amount "$((20 + i))万" >/dev/null
done
gx add --name 错单公司 --kind organisation >/dev/null
gx deal 错单公司 --amount 125万 --product 数控机床 >/dev/null
[ "$(abc 错单公司)" = A ] || fail "the mistyped deal should make an A, not $(abc 错单公司)"
echo "e2e-records: 125万 typed for 12.5万 makes an A"

start_tui
wait_for "客户1"
keys -l "错单"
wait_for "错单公司"
keys Enter
wait_for "¥1,250,000"
# The deal is the archive's only record: ↓ brings the cursor to it at the foot of the page.
keys Down
wait_for "▸"
keys Enter
wait_for "修改成交"
keys C-u C-k
keys -l "12.5万"
keys C-s
wait_for "成交已更正"
wait_for "¥125,000"
[ "$(abc 错单公司)" = C ] || fail "after the correction the class should be C, not $(abc 错单公司)"
echo "e2e-records: corrected in the archive, the value class is C again"

# A logged contact removed with X comes back with u.
gx log 错单公司 --channel call --note "电话确认了型号" >/dev/null
# The TUI shows another process's change by itself; the call falls below the deal of the same
# day, so ↓ moves the cursor on to it once it is there.
for _ in $(seq 30); do
  if screen | grep -q "▸.*电话"; then break; fi
  keys Down
  sleep 0.2
done
screen | grep -q "▸.*电话" || fail "the cursor never reached the logged contact"
wait_for "电话确认了型号"
keys X
wait_for "按 u 撤销"
wait_gone "电话确认了型号"
keys u
wait_for "电话确认了型号"
echo "e2e-records: a logged contact removed with X and brought back with u"

# The command line corrects and removes the rest by the ids show prints.
out=$(gx show 错单公司)
expect "#1" "$out"
gx contact add 错单公司 --name 王经理 --role 决策人 >/dev/null
out=$(gx contact edit 1 --phone 13800000000)
expect "已更正联系人 1" "$out"
out=$(gx deal delete 11)
expect "guanxi deal restore 11" "$out"
[ -z "$(gx show 错单公司 --json | grep '"kind": "deal"')" ] || fail "the deal is still in the archive"
gx deal restore 11 >/dev/null
expect "12500000" "$(gx show 错单公司 --json | tr -d ' ' | grep '"amount"' | tr -d ',' | sed 's/"amount"://' | awk '{printf "%d\n", $1*100}')"
echo "e2e-records: contact add and edit, deal delete and restore on the command line"
echo "e2e-records: OK"
