package cli

import "guanxi/model"

// completionTexts are the messages of guanxi completion.
type completionTexts struct {
	PrintShellCompletion  model.Text
	BashAddSource         model.Text
	UsageGuanxiCompletion model.Text
}

var completionText = completionTexts{
	PrintShellCompletion: model.Text{Zh: "输出 shell 补全脚本：补全命令、参数、客户名、已保存的列表和快照", En: "print the shell's completion script: commands, flags, customer names, saved lists and snapshots"},
	BashAddSource: model.Text{Zh: "bash：在 ~/.bashrc 里加一行 source <(guanxi completion bash)\n" +
		"zsh：guanxi completion zsh > \"${fpath[1]}/_guanxi\"，然后重开终端\n" +
		"fish：guanxi completion fish > ~/.config/fish/completions/guanxi.fish", En: "bash: add source <(guanxi completion bash) to ~/.bashrc\n" +
		"zsh: guanxi completion zsh > \"${fpath[1]}/_guanxi\", then open a new shell\n" +
		"fish: guanxi completion fish > ~/.config/fish/completions/guanxi.fish"},
	UsageGuanxiCompletion: model.Text{Zh: "用法：guanxi completion bash|zsh|fish", En: "usage: guanxi completion bash|zsh|fish"},
}
