package kit

// Catalogue holds every fixed text the TUI shows, in both languages, a struct per area, so a
// text that is missing fails to compile; TestEveryTextIsRead finds a text that nothing reads.
type Catalogue struct {
	App          AppTexts
	Views        ViewsTexts
	Columns      ColumnsTexts
	List         ListTexts
	Sort         SortTexts
	Forms        FormsTexts
	Fields       FieldsTexts
	Hints        HintsTexts
	Saved        SavedTexts
	Errors       ErrorsTexts
	Help         HelpTexts
	Followup     FollowupTexts
	Detail       DetailTexts
	PlanSettings PlanSettingsTexts
	Catalog      CatalogTexts
	Confirm      ConfirmTexts
	Playbook     PlaybookTexts
	Analysis     AnalysisTexts
	Classes      ClassesTexts
	Segments     SegmentsTexts
	Exchange     ExchangeTexts
	Duplicates   DuplicatesTexts
	Prefill      PrefillTexts
	Picker       PickerTexts
	Marked       MarkedTexts
	Trash        TrashTexts
	Records      RecordsTexts
	Replica      ReplicaTexts
}

// Texts is the TUI's one catalogue of text, read as Texts.Followup.Title.
var Texts = Catalogue{
	App:          appTexts,
	Views:        viewsTexts,
	Columns:      columnsTexts,
	List:         listTexts,
	Sort:         sortTexts,
	Forms:        formsTexts,
	Fields:       fieldsTexts,
	Hints:        hintsTexts,
	Saved:        savedTexts,
	Errors:       errorsTexts,
	Help:         helpTexts,
	Followup:     followupTexts,
	Detail:       detailTexts,
	PlanSettings: planSettingsTexts,
	Catalog:      catalogTexts,
	Confirm:      confirmTexts,
	Playbook:     playbookTexts,
	Analysis:     analysisTexts,
	Classes:      classesTexts,
	Segments:     segmentsTexts,
	Exchange:     exchangeTexts,
	Duplicates:   duplicatesTexts,
	Prefill:      prefillTexts,
	Picker:       pickerTexts,
	Marked:       markedTexts,
	Trash:        trashTexts,
	Records:      recordsTexts,
	Replica:      replicaTexts,
}
