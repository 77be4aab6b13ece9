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
	Add        addTexts
	Args       argsTexts
	Backup     backupTexts
	Check      checkTexts
	Classes    classesTexts
	Cli        cliTexts
	Command    commandTexts
	Commands   commandsTexts
	Complain   complainTexts
	Completion completionTexts
	Contact    contactTexts
	Deal       dealTexts
	Delete     deleteTexts
	Demo       demoTexts
	Duplicates duplicatesTexts
	Edit       editTexts
	Export     exportTexts
	Help       helpTexts
	Holidays   holidaysTexts
	Import     importTexts
	Lang       langTexts
	List       listTexts
	Log        logTexts
	Man        manTexts
	Merge      mergeTexts
	Open       openTexts
	Pay        payTexts
	Profile    profileTexts
	Records    recordsTexts
	Remind     remindTexts
	Replica    replicaTexts
	Report     reportTexts
	Resolve    resolveTexts
	Restore    restoreTexts
	Root       rootTexts
	Segment    segmentTexts
	Shared     sharedTexts
	Show       showTexts
	Snapshots  snapshotsTexts
	Tag        tagTexts
	Today      todayTexts
	Trash      trashTexts
	Trouble    troubleTexts
	Tui        tuiTexts
}

// texts is the command line's one catalogue of messages.
var texts = catalogue{
	Add:        addText,
	Args:       argsText,
	Backup:     backupText,
	Check:      checkText,
	Classes:    classesText,
	Cli:        cliText,
	Command:    commandText,
	Commands:   commandsText,
	Complain:   complainText,
	Completion: completionText,
	Contact:    contactText,
	Deal:       dealText,
	Delete:     deleteText,
	Demo:       demoText,
	Duplicates: duplicatesText,
	Edit:       editText,
	Export:     exportText,
	Help:       helpText,
	Holidays:   holidaysText,
	Import:     importText,
	Lang:       langText,
	List:       listText,
	Log:        logText,
	Man:        manText,
	Merge:      mergeText,
	Open:       openText,
	Pay:        payText,
	Profile:    profileText,
	Records:    recordsText,
	Remind:     remindText,
	Replica:    replicaText,
	Report:     reportText,
	Resolve:    resolveText,
	Restore:    restoreText,
	Root:       rootText,
	Segment:    segmentText,
	Shared:     sharedText,
	Show:       showText,
	Snapshots:  snapshotsText,
	Tag:        tagText,
	Today:      todayText,
	Trash:      trashText,
	Trouble:    troubleText,
	Tui:        tuiText,
}

// textf formats a message of the catalogue in both languages, for a text that is handed on whole
// (a command's summary, a step of progress) with the same values in each.
func textf(t model.Text, args ...any) model.Text {
	return model.Text{Zh: fmt.Sprintf(t.Zh, args...), En: fmt.Sprintf(t.En, args...)}
}
