// Package wording holds, once, the words guanxi says about domain values, for every front end:
// the command line, the terminal UI and the exports all call it, so a phrase reads the same
// wherever it appears. It says how far a day is (relative days), how often a plan asks for a
// contact (plan intervals), why a checklist item is due and what it is, the titles of the
// checklist's groups (overdue, today, the coming days), the sentences that tell the user what
// went wrong with the book or the disk, why the time of a logged contact could not be taken, and
// how the first visits of the customers an import added were spread.
// It also lays text out in lines as Chinese typesetting expects (BreakLines).
//
// The rules these words speak of live in model (a due group, a contact's time, a plan); the store
// classifies the errors (store.Failure). wording decides no rule and touches no file.
package wording
