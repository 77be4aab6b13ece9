package cli

import "guanxi/model"

// replicaTexts are the messages of guanxi replica.
type replicaTexts struct {
	SetShort                   model.Text
	TableCustomers             model.Text
	TableContacts              model.Text
	TableInteractions          model.Text
	TableDeals                 model.Text
	TablePayments              model.Text
	TableReminders             model.Text
	TableComplaints            model.Text
	TablePersonTypes           model.Text
	TableSegments              model.Text
	TableLevelChanges          model.Text
	TableTypologies            model.Text
	TablePersonalityTypes      model.Text
	TableSettings              model.Text
	TablePlanSnoozes           model.Text
	TableGreetingsSent         model.Text
	MergedAdded                model.Text
	MergedUpdated              model.Text
	MergedCombined             model.Text
	MergedDeleted              model.Text
	MergedGoneHere             model.Text
	Short                      model.Text
	CannotFindFolder           model.Text
	AddressMustNot             model.Text
	ReplicaLocationWrong       model.Text
	ReplicaFromNow             model.Text
	MachineNoBook              model.Text
	WarningReplicaNot          model.Text
	NoReplicaSet               model.Text
	StatusShort                model.Text
	Replica                    model.Text
	ThisMachine                model.Text
	ReplicaCannotBe            model.Text
	NoMachineHolds             model.Text
	HeldByProcess              model.Text
	ThatHoldHas                model.Text
	ReplicaHoldsTransaction    model.Text
	ReplicaTransactionsBehind  model.Text
	ReplicaUpDate              model.Text
	BookWasChanged             model.Text
	OffShort                   model.Text
	NoReplicaWas               model.Text
	ReplicationOffReplica      model.Text
	TakeoverShort              model.Text
	TakeOverWithout            model.Text
	ReplicaCannotBeReached     model.Text
	NoOtherMachine             model.Text
	StillRenewsHold            model.Text
	HasHeldBook                model.Text
	TakeoverMustBe             model.Text
	CancelledNothingWas        model.Text
	TookBookOver               model.Text
	RestoreShort               model.Text
	NewFileRestore             model.Text
	MomentRestoreAs            model.Text
	MissingPathNew             model.Text
	AtCannotRead               model.Text
	ReplicaHoldsNo             model.Text
	AsNow                      model.Text
	AsWasAt                    model.Text
	Customers                  model.Text
	Customer                   model.Text
	RestoredBookFrom           model.Text
	CannotBringBook            model.Text
	ReplicaDidNot              model.Text
	ReplicaCannotBeReachedBook model.Text
	RestoredBookFromReplica    model.Text
	BroughtBookUp              model.Text
	BothMachinesChanged        model.Text
	Text                       model.Text
	ThisMachineHad             model.Text
}

var replicaText = replicaTexts{
	SetShort:                   model.Text{Zh: "设定副本的位置：文件夹（U 盘、NAS）、sftp://用户@主机/路径、s3://桶/路径?endpoint=…（MinIO、阿里云 OSS）、webdav://主机/路径", En: "set where the replica lives: a folder (USB stick, NAS), sftp://user@host/path, s3://bucket/path?endpoint=… (MinIO, Aliyun OSS), webdav://host/path"},
	TableCustomers:             model.Text{Zh: "客户", En: "customers"},
	TableContacts:              model.Text{Zh: "联系人", En: "contacts"},
	TableInteractions:          model.Text{Zh: "联系记录", En: "logged contacts"},
	TableDeals:                 model.Text{Zh: "成交", En: "deals"},
	TablePayments:              model.Text{Zh: "回款", En: "payments"},
	TableReminders:             model.Text{Zh: "提醒", En: "reminders"},
	TableComplaints:            model.Text{Zh: "投诉", En: "complaints"},
	TablePersonTypes:           model.Text{Zh: "性格标签", En: "personality tags"},
	TableSegments:              model.Text{Zh: "动态列表", En: "saved lists"},
	TableLevelChanges:          model.Text{Zh: "级别变化", En: "level changes"},
	TableTypologies:            model.Text{Zh: "性格分类", En: "typologies"},
	TablePersonalityTypes:      model.Text{Zh: "性格类型", En: "personality types"},
	TableSettings:              model.Text{Zh: "设置", En: "settings"},
	TablePlanSnoozes:           model.Text{Zh: "推迟的拜访和电话", En: "visits and calls put off"},
	TableGreetingsSent:         model.Text{Zh: "已发的问候", En: "greetings marked sent"},
	MergedAdded:                model.Text{Zh: "从本机加入", En: "added from this machine"},
	MergedUpdated:              model.Text{Zh: "采用本机较新的修改", En: "taken from this machine, changed later here"},
	MergedCombined:             model.Text{Zh: "两边都改过，已合并（另一边不同的内容记在备注里）", En: "changed on both machines and combined (the other side's differing fields are in the notes)"},
	MergedDeleted:              model.Text{Zh: "本机删除，副本里也删除", En: "deleted here, deleted in the replica too"},
	MergedGoneHere:             model.Text{Zh: "本机改过、但另一台机器已删除，未恢复（仍在另存的文件里）", En: "changed here but deleted on the other machine: left out (still in the file kept aside)"},
	Short:                      model.Text{Zh: "把客户簿持续复制到文件夹、SFTP 或 S3，在两台机器间交接", En: "replicate the book continuously to a folder, SFTP or S3, and hand it between two machines"},
	CannotFindFolder:           model.Text{Zh: "找不到存放设置的文件夹：%v", En: "cannot find the folder for the settings: %v"},
	AddressMustNot:             model.Text{Zh: "地址里不能带密码（它会被存进设置文件、显示在状态里）：请放在环境变量 %s 或 %s 里；S3 的密钥用 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY", En: "the address must not carry a password (it would be stored in the settings and shown by status): put it in %s or %s; S3 keys go in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"},
	ReplicaLocationWrong:       model.Text{Zh: "副本位置有误：%v", En: "the replica's location is wrong: %v"},
	ReplicaFromNow:             model.Text{Zh: "副本位置：%s。从现在起，guanxi 运行时会把每次改动持续复制过去，退出时补齐。", En: "Replica: %s. From now on guanxi ships every change there while it runs, and the rest when it quits."},
	MachineNoBook:              model.Text{Zh: "在一台还没有客户簿的机器上设好同一个位置，再运行 guanxi，就会从副本恢复客户簿。", En: "On a machine with no book yet, set the same replica and run guanxi: the book is restored from it."},
	WarningReplicaNot:          model.Text{Zh: "注意：副本不加密。客户资料会以明文离开本机，存进云上的存储桶；除非存储桶开启了静态加密，云服务商和能读这个桶的人都能看到。建议优先用文件夹、U 盘或自己的 NAS。", En: "Warning: the replica is not encrypted. Customer data leaves this machine as it is and lands in a cloud bucket: unless the bucket encrypts at rest, the provider and anyone who can read the bucket can read it. A folder, a USB stick or your own NAS is the better place."},
	NoReplicaSet:               model.Text{Zh: "还没有设定副本（guanxi replica set URL）", En: "no replica is set (guanxi replica set URL)"},
	StatusShort:                model.Text{Zh: "副本在哪里、谁在写、已复制到哪一步、落后多少", En: "where the replica is, who holds the book, how far it is replicated and how far behind it is"},
	Replica:                    model.Text{Zh: "副本：%s（%s）", En: "Replica: %s (%s)"},
	ThisMachine:                model.Text{Zh: "本机：%s", En: "This machine: %s"},
	ReplicaCannotBe:            model.Text{Zh: "连不上副本：%s", En: "The replica cannot be reached: %s"},
	NoMachineHolds:             model.Text{Zh: "现在没有机器占用客户簿。", En: "No machine holds the book now."},
	HeldByProcess:              model.Text{Zh: "占用者：%s（进程 %d，自 %s 起，上次确认 %s）", En: "Held by: %s (process %d, since %s, last renewed %s)"},
	ThatHoldHas:                model.Text{Zh: "这个占用已经过期：若那台机器已不在，可用 guanxi replica takeover 接管。", En: "That hold has expired: if the machine is gone, guanxi replica takeover takes it over."},
	ReplicaHoldsTransaction:    model.Text{Zh: "副本已到第 %d 个事务（%s）；本机已取到第 %d 个。", En: "The replica holds transaction %d (%s); this machine has taken %d."},
	ReplicaTransactionsBehind:  model.Text{Zh: "副本落后本机 %d 个事务，连上后会补齐。", En: "The replica is %d transactions behind this machine; they are shipped when it can be reached."},
	ReplicaUpDate:              model.Text{Zh: "副本与本机一致。", En: "The replica is up to date with this machine."},
	BookWasChanged:             model.Text{Zh: "本机在上次与副本一致之后改过客户簿。", En: "The book was changed here since it last agreed with the replica."},
	OffShort:                   model.Text{Zh: "停止复制；副本原样保留", En: "stop replicating; the replica stays as it is"},
	NoReplicaWas:               model.Text{Zh: "本来就没有设定副本。", En: "No replica was set."},
	ReplicationOffReplica:      model.Text{Zh: "已停止复制。%s 里的副本原样保留。", En: "Replication is off. The replica at %s stays as it is."},
	TakeoverShort:              model.Text{Zh: "接管另一台机器过期的占用（那台机器已不在，或它的占用已过期）", En: "take over another machine's expired hold (the machine is gone, or its hold expired)"},
	TakeOverWithout:            model.Text{Zh: "不再询问，直接接管", En: "take over without asking"},
	ReplicaCannotBeReached:     model.Text{Zh: "连不上副本：%s", En: "the replica cannot be reached: %s"},
	NoOtherMachine:             model.Text{Zh: "没有别的机器占用客户簿，不需要接管。", En: "No other machine holds the book: there is nothing to take over."},
	StillRenewsHold:            model.Text{Zh: "「%s」的占用还在有效期内（上次确认 %s），它可能还在写；请在那台机器上退出 guanxi，或等占用过期后再接管", En: "%s still renews its hold (last at %s) and may still be writing: quit guanxi there, or take over once the hold has expired"},
	HasHeldBook:                model.Text{Zh: "「%s」自 %s 起占用客户簿，上次确认在 %s。接管后，那台机器上没有复制出去的改动，要等它下次打开时合并进来。输入 yes 接管：", En: "%s has held the book since %s, last renewed at %s. After a takeover, whatever it did not ship is merged in when it next opens the book. Type yes to take over: "},
	TakeoverMustBe:             model.Text{Zh: "接管需要确认：在终端里运行并输入 yes，或加 --yes", En: "a takeover must be confirmed: run it at a terminal and type yes, or pass --yes"},
	CancelledNothingWas:        model.Text{Zh: "已取消，没有接管。", En: "Cancelled; nothing was taken over."},
	TookBookOver:               model.Text{Zh: "已从「%s」接管客户簿：下次在本机打开时会先与副本对齐。", En: "Took the book over from %s: the next guanxi here first brings it up to the replica."},
	RestoreShort:               model.Text{Zh: "把副本里的客户簿（或某一时刻的样子）恢复成一个新文件", En: "restore the book from the replica (or as it was at a time) into a new file"},
	NewFileRestore:             model.Text{Zh: "恢复到的新文件 `PATH`", En: "the new file `PATH` to restore into"},
	MomentRestoreAs:            model.Text{Zh: "恢复到这一时刻的样子 `TIME`：2026-12-01、2026-12-01 18:00 或 RFC 3339", En: "the moment `TIME` to restore as of: 2026-12-01, 2026-12-01 18:00 or RFC 3339"},
	MissingPathNew:             model.Text{Zh: "缺少 --to PATH：恢复到哪个新文件", En: "missing --to PATH: the new file to restore into"},
	AtCannotRead:               model.Text{Zh: "--at：看不懂“%s”，请写成 2026-12-01、2026-12-01 18:00 或 RFC 3339", En: "--at: cannot read %q; write 2026-12-01, 2026-12-01 18:00 or RFC 3339"},
	ReplicaHoldsNo:             model.Text{Zh: "副本 %s 里还没有客户簿", En: "the replica %s holds no book yet"},
	AsNow:                      model.Text{Zh: "最新的样子", En: "as it is now"},
	AsWasAt:                    model.Text{Zh: "%s 时的样子", En: "as it was at %s"},
	Customers:                  model.Text{Zh: "%d 位客户", En: "%d customers"},
	Customer:                   model.Text{Zh: "1 位客户", En: "1 customer"},
	RestoredBookFrom:           model.Text{Zh: "已把副本里的客户簿（%s）恢复到 %s：%s，完好。", En: "Restored the book %s from the replica into %s: %s, sound."},
	CannotBringBook:            model.Text{Zh: "无法与副本对齐：%v", En: "cannot bring the book in line with its replica: %v"},
	ReplicaDidNot:              model.Text{Zh: "副本暂时没有跟上：%v；改动都在本机，下次连上时会补齐。", En: "the replica did not catch up: %v; every change is kept here and shipped next time it can be reached."},
	ReplicaCannotBeReachedBook: model.Text{Zh: "连不上副本（%v）；照常在本机写，连上后补齐。", En: "the replica cannot be reached (%v); the book is written here as usual and shipped once it can be."},
	RestoredBookFromReplica:    model.Text{Zh: "已从副本 %s 恢复客户簿。", En: "restored the book from the replica %s."},
	BroughtBookUp:              model.Text{Zh: "客户簿已与副本对齐（另一台机器的改动已到本机）。", En: "brought the book up to the replica (the other machine's changes are here now)."},
	BothMachinesChanged:        model.Text{Zh: "两台机器分别改过这本客户簿。本机原来的客户簿另存为 %s；已换成副本里的，并把本机的改动合并进来。", En: "both machines changed the book apart. This machine's book is kept as %s; the replica's took its place and this machine's changes were merged into it."},
	Text:                       model.Text{Zh: "%s：%s", En: "%s: %s"},
	ThisMachineHad:             model.Text{Zh: "本机没有需要合并的改动。", En: "this machine had no change to merge."},
}
