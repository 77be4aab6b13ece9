#!/usr/bin/env bash
# End-to-end check of the progress of a long operation in a real terminal: `guanxi demo` of a
# book large enough to take some seconds draws its bar on one line in tmux, and ctrl+c cancels it
# and leaves no file, under a Chinese locale.
set -euo pipefail
cd "$(dirname "$0")/.."

E2E_NAME=e2e-progress
. .ci/e2e_lib.sh

mkdir -p "$work/book"
big="$work/book/big.db"
tmux new-session -d -s "$session" -x 100 -y 10 "env LANG=zh_CN.UTF-8 '$work/guanxi' demo --size 40000 --db '$big'; echo exit=\$?; sleep 30"
wait_for "生成示例客户簿：客户及其记录 [#" 30
line=$(screen | grep -F "生成示例客户簿")
[ "$(grep -c . <<<"$line")" = 1 ] || fail "the progress is not one line rewritten in place"
keys C-c
wait_for "已取消：没有写入任何客户簿" 20
wait_for "exit=1" 5
left=$(ls -A "$work/book")
[ -z "$left" ] || fail "a cancelled demo left: $left"
echo "e2e-progress: the demo's bar in tmux; ctrl+c cancels it and leaves no file"
