#!/usr/bin/env bash
# End-to-end check of the follow-up at the size of a real book: a sheet of 2,000 customers saved
# by Excel on Chinese Windows (GB18030) is imported on the command line, the follow-up is opened
# in tmux at 80x24 under a Chinese locale, and its end holds the same last item as `guanxi today`.
set -euo pipefail
cd "$(dirname "$0")/.."

E2E_NAME=e2e-followup
. .ci/e2e_lib.sh

# 2,000 people with four-character names, each at a company of twenty characters, every level.
surnames=(欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙)
given=(建国 丽华 志强 晓燕 文博 雅琴 国栋 海燕 明轩 秀英 子涵 春梅 立新 嘉怡 振华)
levels=(战略客户 VIP客户 重点客户 贵宾客户 榜样客户 自由客户 新客户 休眠客户 低价值客户)
{
  echo "姓名,公司,手机,级别,备注"
  n=0
  for s in "${surnames[@]}"; do
    for g1 in "${given[@]}"; do
      for g2 in "${given[@]}"; do
        n=$((n + 1))
        [ "$n" -le 2000 ] || break 3
        printf '%s%s%s,上海浦东新区华东精密机械制造%04d有限公司,139%08d,%s,第%d位\n' \
          "$s" "${g1:0:1}" "${g2:1:1}" "$n" "$n" "${levels[$((n % 9))]}" "$n"
      done
    done
  done
} | iconv -f UTF-8 -t GB18030 >"$work/客户名单.csv"

out=$(gx import "$work/客户名单.csv")
grep -qF "新增 2000 位客户" <<<"$out" || fail "the import should add 2,000 customers:"$'\n'"$out"
last=$(gx today --json | jq -r '.[-1].customer_name')
count=$(gx today --json | jq 'length')
[ "$count" -gt 1000 ] || fail "guanxi today lists only $count items"
echo "e2e-followup: imported 2,000 customers (GB18030); guanxi today lists $count items, the last $last"

start_tui
wait_for "今日跟进"
keys F2
wait_for "共 $count 项"
# End as soon as the count is drawn: the reads the tab's opening starts may still be under way.
keys End
for ((i = 0; i < 100; i++)); do
  if screen | grep -F "▸" | grep -qF -- "$last"; then break; fi
  sleep 0.1
done
screen | grep -F "▸" | grep -qF -- "$last" || fail "the follow-up's end is not $last"
# And it stays there while the reads the opening started come in (the head read again, the whole
# order): for two seconds, every screen has the cursor on the last item.
for ((i = 0; i < 20; i++)); do
  screen | grep -F "▸" | grep -qF -- "$last" || fail "the cursor left the follow-up's end, $last"
  sleep 0.1
done
echo "e2e-followup: the follow-up counts $count items and ends on $last, as guanxi today does"
