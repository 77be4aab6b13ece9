"""Makes the workbooks the import tests read, as other programs write them.

openpyxl_contacts.xlsx: a salesperson's own list made with openpyxl, with a title row above the
header, phones stored as numbers (a landline without its 0), dates stored as dates, a level of
another CRM, full-width digits.
dingtalk_customers.xlsx: a customer list as DingTalk's CRM exports it: companies with a contact
person, the salesperson in charge, the state of the sale, the district, the last follow-up and
when the customer was created.
libreoffice_contacts.csv: opened in LibreOffice Calc and saved as libreoffice_contacts.xlsx (Calc
stores the phones as numbers and the dates as dates); run once with LibreOffice at hand:
    soffice --headless --convert-to xlsx libreoffice_contacts.csv
"""
import datetime

from openpyxl import Workbook

wb = Workbook()
ws = wb.active
ws.title = "客户名单"
ws.append(["2026 年客户名单（华东区）"])
ws.merge_cells("A1:H1")
ws.append([])
ws.append(["序号", "客户姓名", "公司", "手机", "座机", "生日", "客户级别", "微信", "备注"])
ws.append([1, "周立", "杭州云帆科技", 13912345678, 2161234567, datetime.date(1984, 7, 9), "重要客户", "zhouli84", "喜欢喝龙井"])
ws.append([2, "吴芳", "宁波海曙贸易", 15857412345, None, datetime.date(1990, 12, 1), "普通客户", "ＷＵＦＡＮＧ９０", None])
ws.append([3, "郑凯", None, "１３６ ０００１ ２３４５", None, "8月15日", "潜在客户", None, "展会上认识"])
ws.append([4, "孙悦", "苏州工业园", 12345678901, None, "1988/3/5", "VIP", None, None])
ws.column_dimensions["B"].width = 12
wb.create_sheet("说明").append(["这一页不是客户"])
wb.save("openpyxl_contacts.xlsx")

wb = Workbook()
ws = wb.active
ws.title = "客户"
ws.append(["客户名称", "客户编号", "客户状态", "客户级别", "客户来源", "负责人", "联系人", "联系人电话", "职务",
           "省", "市", "区/县", "详细地址", "最后跟进时间", "创建时间", "备注"])
ws.append(["杭州云帆科技有限公司", "KH20240301", "跟进中", "普通客户", "官网咨询", "李明", "陈晓", 13800001111, "采购经理",
           "浙江省", "杭州市", "西湖区", "文三路 90 号", datetime.datetime(2026, 2, 27, 15, 30), datetime.datetime(2024, 3, 1, 9, 12), "年底有扩产计划"])
ws.append(["苏州恒达精密机械有限公司", "KH20230815", "已成交", "重要客户", "老客户介绍", "李明", "王建国", "138-0013-8000", "总经理",
           "江苏省", "苏州市", "工业园区", "星湖街 88 号", "2026-03-02 10:00", "2023-08-15 14:00", None])
ws.append(["南京天润电子", "KH20250110", "初访", "潜在客户", "展会", "赵雪", "刘洋", "客服：400-820-8820", "行政",
           "江苏省", "南京市", "浦口区", None, None, datetime.datetime(2025, 1, 10), "电话是总机"])
wb.save("dingtalk_customers.xlsx")
