-- A sheet's next follow-up day, kept by the import as a reminder, was written as an "other"
-- reminder, which only the user can mark done: after the customer was visited or called it stayed
-- behind as an overdue item. It is a follow-up, which any logged contact answers; the reminders
-- written that way before are made so, known by the note the import gave them in either language.
UPDATE reminders SET kind = 'followup'
WHERE kind = 'other'
  AND note IN ('下次跟进（导入的表格写的日子）', 'Next follow-up (the day the imported sheet gave)');
