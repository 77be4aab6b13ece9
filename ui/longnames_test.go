package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"guanxi/internal/testbook"
	"guanxi/model"
)

// TestLongNamesGoldenScreens draws the customer list and the follow-up at 80×24, 100×30 and 120×40
// in both languages with the longest names: the names use their columns, a long company goes by
// its short name, and the reason of each follow-up row can be read.
func TestLongNamesGoldenScreens(t *testing.T) {
	eachScreenAt(t, longSizes, func(t *testing.T, lang model.Lang, sz screenSize, name string) {
		s := fuBook(t)
		for _, c := range []model.Customer{
			{Name: "欧阳建国", Company: "上海浦东新区华东精密机械制造股份有限公司", Level: model.LevelVIP},
			{Name: "苏州骏马轨道交通设备股份有限公司", Company: "苏州骏马轨道交通设备股份有限公司", Kind: model.KindOrganisation, Level: model.LevelStrategic},
		} {
			testbook.AddCustomers(t, s, &c)
			remindToday(t, s, c.ID, model.ReminderCall, "确认CK6150交货时间")
		}
		a := newTestApp(t, s, lang, sz.w, sz.h)
		shot(t, a, sz, "long_list_"+name)
		press(a, tea.KeyF2)
		shot(t, a, sz, "long_followup_"+name)
	})
}

// TestListAt60ColumnsKeepsTheNames: on a 60-column terminal the stage and the last contact give
// their room to the name and company, which show whole (the company by its short name).
func TestListAt60ColumnsKeepsTheNames(t *testing.T) {
	s := fuBook(t)
	c := model.Customer{Name: "欧阳建国", Company: "上海浦东新区华东精密机械制造股份有限公司", Level: model.LevelVIP}
	testbook.AddCustomers(t, s, &c)
	a := newTestApp(t, s, model.Zh, 60, 20)
	checkScreenSize(t, a, 60, 20)
	screen := screenText(a)
	if want := missingFrom(screen, "欧阳建国", "华东精密机械制造", "恒达精密机械", "下次联系"); want != "" {
		t.Errorf("at 60 columns the list should show %q:\n%s", want, screen)
	}
	if strings.Contains(screen, "阶段") {
		t.Errorf("at 60 columns the stage should give way:\n%s", screen)
	}
}

// A short name the user gave a company is what the list and the follow-up show where room is
// short, before the one computed; the edit form has a field for it.
func TestAShortNameOfTheUsersOwnIsShown(t *testing.T) {
	s := fuBook(t)
	c := model.Customer{Name: "欧阳建国", Company: "上海浦东新区华东精密机械制造股份有限公司", ShortName: "华精", Level: model.LevelVIP}
	testbook.AddCustomers(t, s, &c)
	remindToday(t, s, c.ID, model.ReminderCall, "确认CK6150交货时间")
	a := newTestApp(t, s, model.Zh, 80, 24)
	if screen := screenText(a); !strings.Contains(screen, "华精") || strings.Contains(screen, "华东精密机械制造") {
		t.Errorf("the list should show the short name given:\n%s", screen)
	}
	press(a, tea.KeyF2)
	if screen := screenText(a); !strings.Contains(screen, "欧阳建国 · 华精") {
		t.Errorf("the follow-up should show the short name given:\n%s", screen)
	}
}

// TestListHelpSaysWhatTheDatesCount: the list's help says what its two dates count.
func TestListHelpSaysWhatTheDatesCount(t *testing.T) {
	for _, lang := range []model.Lang{model.Zh, model.En} {
		a := newTestApp(t, fuBook(t), lang, 80, 24)
		typeText(a, "?")
		// The note is wrapped in a column beside the keys: each date's name and the start of what
		// it counts stand on one line.
		wants := map[model.Lang][]string{model.Zh: {"上次联系：最后记下的", "下次联系：计划的拜"}, model.En: {"Contacted: the last contact", "Contact by:"}}[lang]
		for _, want := range wants {
			if !strings.Contains(screenText(a), want) {
				t.Errorf("the list's help should say what its dates count (%q):\n%s", want, screenText(a))
			}
		}
		checkScreenSize(t, a, 80, 24)
	}
}

// TestFollowUpAt60ColumnsKeepsTheNames: on a 60-column terminal the follow-up's last contact gives
// its room to the name, which shows whole with its company's short name.
func TestFollowUpAt60ColumnsKeepsTheNames(t *testing.T) {
	a := newTestApp(t, fuBook(t), model.Zh, 60, 20)
	press(a, tea.KeyF2)
	checkScreenSize(t, a, 60, 20)
	screen := screenText(a)
	if want := missingFrom(screen, "王建国 · 恒达精密机械", "李娜 · 云帆科技", "VIP客户"); want != "" {
		t.Errorf("at 60 columns the follow-up should show %q:\n%s", want, screen)
	}
	if strings.Contains(screen, "上次拜访") {
		t.Errorf("at 60 columns the last contact should give way:\n%s", screen)
	}
}

// TestListStagesShowWhole: the stage's column is as wide as the longest stage's name in the
// language, so "Qualified" is not cut to "Qualifi…".
func TestListStagesShowWhole(t *testing.T) {
	s := fuBook(t)
	c := model.Customer{Name: "欧阳建国", Company: "上海浦东新区华东精密机械制造股份有限公司", Level: model.LevelVIP, Stage: model.StageQualified}
	testbook.AddCustomers(t, s, &c)
	for _, sz := range []screenSize{{80, 24}, {120, 40}} {
		a := newTestApp(t, s, model.En, sz.w, sz.h)
		if screen := screenText(a); !strings.Contains(screen, "Qualified ") {
			t.Errorf("at %d columns the stage should show whole:\n%s", sz.w, screen)
		}
		checkScreenSize(t, a, sz.w, sz.h)
	}
}
