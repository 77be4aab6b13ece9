// Package testproc runs the other processes of a test that writes to one book from many programs
// at once.
package testproc

import (
	"bytes"
	"fmt"
	"os/exec"
	"sync"
)

// Many starts n commands, made by cmd(i) for i from 0 to n-1, workers of them at a time, and
// returns at once. wait waits until every command has finished and returns one line for each that
// failed or wrote anything on its standard error.
func Many(n, workers int, cmd func(i int) *exec.Cmd) (wait func() []string) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var failures []string
	jobs := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				c := cmd(i)
				var stderr bytes.Buffer
				c.Stderr = &stderr
				if err := c.Run(); err != nil || stderr.Len() > 0 {
					mu.Lock()
					failures = append(failures, fmt.Sprintf("write %d: %v %q", i, err, stderr.String()))
					mu.Unlock()
				}
			}
		}()
	}
	go func() {
		for i := range n {
			jobs <- i
		}
		close(jobs)
	}()
	return func() []string {
		wg.Wait()
		return failures
	}
}
