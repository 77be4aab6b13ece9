#!/usr/bin/env bash
# End-to-end check: the built binary in tmux at 80x24 under a Chinese locale, used as a person
# would: add 张三 through the form, find him by typing 张, open his archive, log a visit, and see
# his overdue item leave the follow-up list; tag a contact with a personality type and read the
# advice on the follow-up card. Every step waits for what the screen must show.
set -euo pipefail
cd "$(dirname "$0")/.."

E2E_NAME=e2e
. .ci/e2e_lib.sh

# workday_in N: the day N days from today, moved off a weekend to the Monday after, as a visit
# plan moves it (the public holidays of the book's calendar do not fall on these days).
workday_in() {
  case $(date -d "+$1 days" +%u) in
  6) date -d "+$(($1 + 2)) days" +%F ;;
  7) date -d "+$(($1 + 1)) days" +%F ;;
  *) date -d "+$1 days" +%F ;;
  esac
}

# Two customers written from the command line, so the list and the checklist are not empty:
# 张伟 is a VIP last visited ten days ago, three days overdue on a weekly plan.
gx add --name 张伟 --company 苏州恒达精密机械有限公司 --level vip >/dev/null
gx log 张伟 --channel visit --at -10d --note "谈了二季度备货" >/dev/null
gx add --name 李娜 --company 杭州云帆科技 --level key >/dev/null

# overdue_section prints the lines of the follow-up between 已逾期 and the next heading.
overdue_section() { screen | awk '/^已逾期/{on=1; next} /^(今天|接下来)/{on=0} on'; }

start_tui
wait_for "张伟"
echo "e2e: the list shows the book"

# Add 张三 through the form.
keys C-n
wait_for "新客户"
keys -l "张三"
keys Tab
keys -l "北京华信贸易"
keys C-s
wait_for "客户已保存"
wait_for "张三"
echo "e2e: added 张三 through the form"

# Another process logs a visit of 张三 thirty days ago: the TUI must show the change by itself,
# and 张三 becomes overdue.
gx log 张三 --channel visit --at -30d --note "初次拜访" >/dev/null
keys Tab
wait_for "已逾期"
for ((i = 0; i < 50; i++)); do
  overdue_section | grep -qF "张三" && break
  sleep 0.1
done
overdue_section | grep -qF "张三" || fail "张三 should be overdue after the visit logged from the command line"
echo "e2e: the follow-up shows 张三 overdue"

# Back to the list, type 张 to filter, then narrow to 张三 and open the detail.
keys F1
wait_for "搜索"
keys -l "张"
wait_for "2 / 3 位客户"
screen | grep -qF "李娜" && fail "typing 张 should hide 李娜"
keys -l "三"
wait_for "1 / 3 位客户"
keys Enter
wait_for "拜访计划"
wait_for "北京华信贸易"
echo "e2e: filtered by 张 and opened 张三's archive"

# Log a visit from the detail.
keys l
wait_for "记录联系"
keys -l "谈了新品试用，下周报价"
keys C-s
wait_for "已记录 · 下次拜访"
wait_for "下次拜访 $(workday_in 14)"
keys G
wait_for "谈了新品试用"
echo "e2e: logged a visit; the next one is due in 14 days"

# The follow-up no longer lists 张三 as overdue; 张伟 still is.
keys F2
wait_for "已逾期"
sleep 0.3
overdue_section | grep -qF "张三" && fail "张三 is still overdue after the visit"
overdue_section | grep -qF "张伟" || fail "张伟 should still be overdue"
echo "e2e: 张三 left the overdue list"

# The command line agrees.
says '"customer_name": *"张三"' today --json && fail "guanxi today still lists 张三"

# Tag a contact of 张伟 with a personality type through the TUI, with a note, and read how to talk
# to her on the follow-up card under 张伟's row.
keys F2
wait_for "已逾期"
keys g
wait_for "沟通要点 · 张伟"
keys Enter
wait_for "拜访计划"
keys c
wait_for "新联系人"
keys -l "周丽"
keys C-s
wait_for "联系人已保存"
keys t
wait_for "对象"
keys BTab Right Tab
keys -l "犹豫型"
keys Tab
keys -l "春季招标时一直拿不定主意"
keys C-s
wait_for "性格类型已保存"
keys Escape
keys F2
wait_for "沟通要点 · 张伟"
wait_for "周丽 【犹豫型】"
wait_for "应对：放慢节奏"
says '"hesitant"' show 张伟 --json || fail "show --json should list the type code hesitant"
echo "e2e: tagged 周丽 as 犹豫型 and read the advice on the follow-up"

# Log a visit on 张伟's overdue item from the follow-up view with x (done): the item leaves the
# overdue group and comes back a week on, by the VIP plan.
keys F2
wait_for "已逾期"
keys g
wait_for "沟通要点 · 张伟"
overdue_section | grep -qF "张伟" || fail "张伟 should be overdue before the visit"
keys x
wait_for "记录联系"
keys -l "送去二季度报价，约了下周看样"
keys C-s
wait_for "已记录 · 下次拜访"
for ((i = 0; i < 50; i++)); do
  overdue_section | grep -qF "张伟" || break
  sleep 0.1
done
overdue_section | grep -qF "张伟" && fail "张伟 is still overdue after the visit"
# The confirmation names the day; a week on may be a weekend's Monday, past the 7 days shown.
wait_for "已记录 · 下次拜访 $(date -d "$(workday_in 7)" +%m-%d)"
says "\"due_on\": \"$(workday_in 7)\"" today --days 9 --json || fail "guanxi today should have 张伟's next visit in 7 days"
echo "e2e: logged a visit on an overdue item from the follow-up; it moved a week on"

# Classification: 张三 buys ¥600万 of machines; the analysis (F4) puts him in class A, enter on his
# row opens his archive, and a takes the level the rules suggest (VIP), which the command line
# sees. Then a dynamic list: type a query in the customer list, see the count under the search,
# save it with ctrl+s, and find it from the command line.
gx deal 张三 --amount 600万 --on today --product 数控机床 >/dev/null
keys F4
wait_for "A/B/C 价值分类"
wait_for "A类       1 位"
keys End
wait_for "▸ 张三"
keys Enter
wait_for "拜访计划"
keys a
wait_for "已采纳建议级别"
says '"level": "vip"' show 张三 --json || fail "张三 should be a VIP after taking the suggestion"
says '"abc": "A"' show 张三 --json || fail "张三 should be class A in show --json"
keys F1
wait_for "搜索"
keys Escape
wait_for "3 / 3 位客户"
keys -l "level:vip"
wait_for "符合条件 2 位"
keys C-s
wait_for "保存为动态列表"
keys -l "VIP客户群"
keys C-s
wait_for "列表：VIP客户群"
says "VIP客户群" segment list || fail "guanxi segment list should show the saved list"
says "张三" list --segment VIP客户群 || fail "guanxi list --segment should list 张三"
says "客户分析" report || fail "guanxi report should print the analysis"
echo "e2e: the analysis opened 张三, his suggested level was taken, and a dynamic list was saved"

# Search as people type: the pinyin initials zs find 张三, and a phone written with +86 and dashes
# finds 李娜, whose number another process has just written.
gx edit 李娜 --phone "138 0013 8000" >/dev/null
keys C-x
wait_for "3 / 3 位客户"
keys -l "zs"
wait_for "1 / 3 位客户"
wait_for "▸ 张三"
keys C-x
wait_for "3 / 3 位客户"
keys -l "+86 138-0013"
wait_for "1 / 3 位客户"
wait_for "▸ 李娜"
echo "e2e: zs found 张三 by pinyin and +86 138-0013 found 李娜 by phone"

keys C-c
echo "e2e: 9 passed, 0 failed"
