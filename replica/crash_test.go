package replica

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"guanxi/store"
)

// The writer child of TestKilledWriterLosesNothingReplicated: it writes customers one by one and
// prints "replicated N" once the replica holds the N-th, until it is killed.
const envWriter = "GUANXI_REPLICA_TEST_WRITER"

func TestMain(m *testing.M) {
	if os.Getenv(envWriter) != "" {
		os.Exit(writerChild())
	}
	os.Exit(m.Run())
}

func writerChild() int {
	ctx := context.Background()
	book, cfg := os.Getenv("BOOK"), os.Getenv("XDG_CONFIG_HOME")
	s, err := Open(ctx, Options{Book: book, ConfigDir: cfg})
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	st, err := store.Open(book)
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	if err := s.Attach(st); err != nil {
		fmt.Println("error", err)
		return 1
	}
	start, _ := strconv.Atoi(os.Getenv("FROM"))
	for i := start; ; i++ {
		if err := st.AddCustomer(ctx, newCustomer(fmt.Sprintf("客户%d", i))); err != nil {
			fmt.Println("error", err)
			return 1
		}
		if err := s.Sync(ctx); err != nil {
			fmt.Println("error", err)
			return 1
		}
		fmt.Println("replicated", i)
	}
}

// TestKilledWriterLosesNothingReplicated kills the writing guanxi with SIGKILL at random moments,
// round after round, each round going on from the last: every time, the book restored from the
// replica passes SQLite's integrity check and holds every customer reported replicated.
func TestKilledWriterLosesNothingReplicated(t *testing.T) {
	rounds := 20
	if testing.Short() {
		rounds = 3
	}
	dir := t.TempDir()
	book, cfg, url := filepath.Join(dir, "book", "guanxi.db"), filepath.Join(dir, "config"), filepath.Join(dir, "replica")
	if _, err := Set(filepath.Join(cfg, "guanxi"), url); err != nil {
		t.Fatal(err)
	}
	next := 0
	for round := range rounds {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), envWriter+"=1", "BOOK="+book, "XDG_CONFIG_HOME="+filepath.Join(cfg, "guanxi"),
			"FROM="+strconv.Itoa(next), EnvMachine+"=writer")
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(out)
		want := 1 + rand.IntN(4)
		last := -1
		for lines.Scan() {
			f := strings.Fields(lines.Text())
			if len(f) == 2 && f[0] == "replicated" {
				last, _ = strconv.Atoi(f[1])
				if want--; want == 0 {
					break
				}
				continue
			}
			t.Fatalf("round %d: the writer says %q", round, lines.Text())
		}
		// Somewhere in the next write, its shipping, or between the two.
		time.Sleep(time.Duration(rand.IntN(30)) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		if last < 0 {
			t.Fatalf("round %d: the writer replicated nothing", round)
		}
		next = last + 1

		to := filepath.Join(dir, fmt.Sprintf("restored-%d.db", round))
		if err := Restore(context.Background(), mustTarget(t, url), to, time.Time{}); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		integrity(t, to)
		withBook(t, to, func(st *store.Store) {
			for i := 0; i <= last; i++ {
				if !hasCustomer(t, st, fmt.Sprintf("客户%d", i)) {
					t.Fatalf("round %d: 客户%d was reported replicated and is not in the replica", round, i)
				}
			}
		})
	}
}
