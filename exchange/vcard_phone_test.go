package exchange

import (
	"strings"
	"testing"

	"guanxi/internal/testbook"
	"guanxi/model"
)

// TestVCardWeChatAndLabelledPhone writes a WeChat id the ways address books read it and a phone
// with its label beside it, and reads both back as they were.
func TestVCardWeChatAndLabelledPhone(t *testing.T) {
	s := openBook(t)
	c := model.Customer{Name: "张伟", Company: "深圳前海物流", Phone: "400-820-8820（客服）", WeChat: "zhangwei_sz", Notes: "老客户"}
	testbook.AddCustomers(t, s, &c)
	for _, v := range []string{"3.0", "4.0"} {
		data := string(export(t, s, ExportOptions{Format: VCard, VCardVersion: v}))
		for _, line := range []string{"IMPP:weixin:zhangwei_sz\r\n", "X-WECHAT:zhangwei_sz\r\n", ":400-820-8820\r\n",
			"item1.X-ABLABEL:客服\r\n"} {
			if !strings.Contains(data, line) {
				t.Errorf("vCard %s lacks %q:\n%s", v, line, data)
			}
		}
		if !strings.Contains(data, "item1.TEL;") {
			t.Errorf("vCard %s: the phone should be in the label's group:\n%s", v, data)
		}
		back, _ := reimport(t, []byte(data), VCard)
		got := byName(t, back)["张伟"]
		if got.WeChat != c.WeChat || got.Phone != c.Phone || got.Notes != c.Notes {
			t.Errorf("vCard %s came back as WeChat %q, phone %q, notes %q", v, got.WeChat, got.Phone, got.Notes)
		}
	}
}

// TestImportIPhoneCardWithWeChat reads an iPhone's card: the WeChat id of X-SOCIALPROFILE, a
// labelled phone, a mainland number with its country code, a number that cannot be a mobile, a
// birthday without a year. None of them loses the card.
func TestImportIPhoneCardWithWeChat(t *testing.T) {
	s := openBook(t)
	sum := importFile(t, s, "iphone_wechat.vcf", Options{})
	if sum.Added != 1 || len(sum.Errors) != 0 {
		t.Fatalf("the card should be imported: %+v\n%s", sum, problems(sum.Errors, model.Zh))
	}
	got := byName(t, s)["张伟"]
	if got.WeChat != "zhangwei_sz" || got.Phone != "400-820-8820（客服）" {
		t.Errorf("WeChat %q, phone %q", got.WeChat, got.Phone)
	}
	for _, note := range []string{"手机：13800138000", "工作电话：12345678901"} {
		if !strings.Contains(got.Notes, note) {
			t.Errorf("the notes %q lack %q", got.Notes, note)
		}
	}
	// The birthday without a year is greeted every year (vcard_birthday.go), not put in the notes.
	if got.BirthdayYearly.String() != "--08-15" || strings.Contains(got.Notes, "生日") {
		t.Errorf("birthday %q, notes %q; want --08-15 kept as a birthday", got.BirthdayYearly, got.Notes)
	}
	warned(t, sum, "电话“12345678901”11 位号码但不可能是手机号")
}
