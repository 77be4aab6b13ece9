package cli

import (
	"fmt"

	"guanxi/model"
)

// catalogue holds every fixed message of the command line, in both languages, a struct per area
// (mostly a command and its verbs), so a message that is missing fails to compile; TestEveryTextIsRead
// finds one nothing reads. Read as c.t(texts.Deal.Recorded); a message with values as
// c.tf(texts.Deal.Recorded, …), c.usagef or c.errorf.
type catalogue struct {
	Book       bookTexts
	Args       argsTexts
	Backup     backupTexts
	Check      checkTexts
	Classes    classesTexts
	Complain   complainTexts
	Contact    contactTexts
	Deal       dealTexts
	Demo       demoTexts
	Duplicates duplicatesTexts
	Export     exportTexts
	Help       helpTexts
	Holidays   holidaysTexts
	Import     importTexts
	List       listTexts
	Log        logTexts
	Pay        payTexts
	Profile    profileTexts
	Records    recordsTexts
	Remind     remindTexts
	Replica    replicaTexts
	Report     reportTexts
	Resolve    resolveTexts
	Segment    segmentTexts
	Shared     sharedTexts
	Show       showTexts
	Snapshots  snapshotsTexts
	Tag        tagTexts
	Today      todayTexts
	Trash      trashTexts
}

// texts is the command line's one catalogue of messages.
var texts = catalogue{
	Book:       bookText,
	Args:       argsText,
	Backup:     backupText,
	Check:      checkText,
	Classes:    classesText,
	Complain:   complainText,
	Contact:    contactText,
	Deal:       dealText,
	Demo:       demoText,
	Duplicates: duplicatesText,
	Export:     exportText,
	Help:       helpText,
	Holidays:   holidaysText,
	Import:     importText,
	List:       listText,
	Log:        logText,
	Pay:        payText,
	Profile:    profileText,
	Records:    recordsText,
	Remind:     remindText,
	Replica:    replicaText,
	Report:     reportText,
	Resolve:    resolveText,
	Segment:    segmentText,
	Shared:     sharedText,
	Show:       showText,
	Snapshots:  snapshotsText,
	Tag:        tagText,
	Today:      todayText,
	Trash:      trashText,
}

// textf formats a message of the catalogue in both languages, for a text that is handed on whole
// (a command's summary, a step of progress) with the same values in each.
func textf(t model.Text, args ...any) model.Text {
	return model.Text{Zh: fmt.Sprintf(t.Zh, args...), En: fmt.Sprintf(t.En, args...)}
}
