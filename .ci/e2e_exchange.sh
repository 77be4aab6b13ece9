#!/usr/bin/env bash
# End-to-end check of import, export, duplicates and snapshots: the built binary on the command
# line, and in tmux at 80x24 under a Chinese locale, as a person would use it. Every step waits
# for what the screen or the output must show.
set -euo pipefail
cd "$(dirname "$0")/.."

E2E_NAME=e2e-io
. .ci/e2e_lib.sh

# A spreadsheet from Excel on Chinese Windows (GB18030), with bad rows reported by line.
gx add --name 王建国 --company 苏州恒达精密机械有限公司 --phone "138 0013 8000" --level vip >/dev/null
out=$(gx import exchange/testdata/excel_gb18030.csv)
expect "新增 3 位客户" "$out"
expect "不认识的列“QQ号”" "$out"
set +e
out=$(gx import exchange/testdata/bad_rows.csv --dry-run 2>&1)
code=$?
set -e
[ "$code" = 1 ] || fail "a file with bad rows should exit 1, not $code"
expect "第 4 行：邮箱“liuyang-at-example”" "$out"
expect "什么都没有写入" "$out"
n=$(gx list | tail -1)
expect "共 4 位客户" "$n"
echo "e2e-io: CSV import (GB18030, bad rows, dry run) on the command line"

# Exports: a vCard a phone reads, a calendar, and the whole book, which imports into an empty
# book and exports the same again.
gx export --format vcf --out "$work/名片.vcf" >/dev/null
grep -q "^FN:赵敏" "$work/名片.vcf" || fail "the vCard lacks 赵敏"
[ "$(stat -c %a "$work/名片.vcf")" = 600 ] || fail "an export should be readable by the user alone"
gx export --format ics --out "$work/plan.ics" >/dev/null
grep -q "BEGIN:VALARM" "$work/plan.ics" || fail "the calendar has no alarms"
gx export --format json --out "$work/book.json" >/dev/null
GUANXI_DB="$work/copy/guanxi.db" gx import "$work/book.json" >/dev/null
GUANXI_DB="$work/copy/guanxi.db" gx export --format json --out "$work/again.json" >/dev/null
cmp -s "$work/book.json" "$work/again.json" || fail "JSON export, import and export differ"
echo "e2e-io: vCard, calendar and JSON round trip"

# The TUI: import with ctrl+r, then merge a duplicate from the archive with m.
printf '姓名,公司,邮箱\n王 建国,苏州恒达精密机械有限公司,wang@hengda.example\n周杰,杭州云帆科技,\n,无名,\n' >"$work/名单.csv"
gx add --name "王 建国" --company 苏州恒达精密机械有限公司 >/dev/null
start_tui
wait_for "赵敏"
keys C-r
wait_for "导入客户"
keys -l "$work/名单.csv"
keys C-s
wait_for "导入完成"
wait_for "新增 1 · 合并 0 · 跳过重复 1 · 有错 1"
wait_for "第 4 行：没有姓名"
keys Enter
wait_for "周杰"
echo "e2e-io: imported from the TUI with a summary by line"

# While the TUI has the book open, a restore is refused.
set +e
out=$(gx snapshots restore "$(date +%F)" --force 2>&1)
set -e
expect "正在别处打开" "$out"

keys -l "wangjianguo"
wait_for "2 / 6 位客户"
keys Down Enter
wait_for "拜访计划"
keys m
wait_for "疑似重复"
keys Enter
wait_for "并入"
keys y
wait_for "已合并"
keys C-c
sleep 0.5
n=$(gx duplicates)
expect "没有发现疑似重复的客户" "$n"
echo "e2e-io: merged a duplicate from the archive"

# Snapshots: one today, restored once the TUI is closed; the book of before is kept.
out=$(gx snapshots)
expect "每日" "$out"
out=$(gx snapshots restore "$(date +%F)" --force)
expect "恢复前的客户簿保存在" "$out"
gx check >/dev/null || fail "the restored book should be sound"
echo "e2e-io: 4 passed, 0 failed"
