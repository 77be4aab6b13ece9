// Package runcost runs a program once from outside, as a script that reads its output would, and
// measures what the run cost: wall time, processor time and peak resident memory. The measuring
// scripts share it so that each of them runs and measures a program the same way.
package runcost

import (
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// Cost is what one run of a program cost, and what it printed.
type Cost struct {
	Wall time.Duration
	// CPU is the processor time, user and system: steadier than wall time on a shared machine.
	CPU time.Duration
	// RSS is the peak resident memory in KiB, as the system counts it.
	RSS int64
	// Printed is how many bytes the program wrote to its standard output, which are dropped.
	Printed int64
	// Stderr is what the program wrote to its standard error.
	Stderr string
}

// Run runs cmd in Chinese and without colour, its standard output counted and dropped and its
// standard error kept, and returns what the run cost. The error is the run's when the program
// does not exit 0; the cost then holds only its wall time and what it printed.
func Run(cmd *exec.Cmd) (Cost, error) {
	var printed countingWriter
	cmd.Stdout = &printed
	var stderr strings.Builder
	cmd.Stderr = &stderr
	cmd.Env = append(os.Environ(), "LANG=zh_CN.UTF-8", "NO_COLOR=1")
	start := time.Now()
	err := cmd.Run()
	c := Cost{Wall: time.Since(start), Printed: int64(printed), Stderr: stderr.String()}
	if err != nil {
		return c, err
	}
	c.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		c.RSS = ru.Maxrss
	}
	return c, nil
}

// countingWriter counts what a process prints and drops it.
type countingWriter int64

func (w *countingWriter) Write(p []byte) (int, error) {
	*w += countingWriter(len(p))
	return len(p), nil
}
