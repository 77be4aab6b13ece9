// Package gobuild builds this module's programs for the measuring scripts, which time the built
// binaries from outside.
package gobuild

import (
	"os"
	"os/exec"
	"path/filepath"
)

// Build builds the package pkg of this module (a path relative to its root, such as ".") into out,
// with the build's flags, if any (-race).
func Build(out, pkg string, flags ...string) error {
	cmd := exec.Command("go", append(append([]string{"build"}, flags...), "-o", out, pkg)...)
	cmd.Dir = ModuleRoot()
	cmd.Stderr = os.Stderr
	return cmd.Run()
}

// Guanxi builds the guanxi program into dir and returns its path.
func Guanxi(dir string) (string, error) {
	bin := filepath.Join(dir, "guanxi")
	return bin, Build(bin, ".")
}

// ModuleRoot is the folder of go.mod, found upward from the working folder.
func ModuleRoot() string {
	d, _ := os.Getwd()
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		up := filepath.Dir(d)
		if up == d {
			return "."
		}
		d = up
	}
}
