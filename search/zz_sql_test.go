package search

import (
	"os"
	"syscall"
	"testing"
	"time"

	"guanxi/internal/benchbook"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZSQL(t *testing.T) {
	p := os.Getenv("BIGDB")
	if p == "" {
		t.Skip()
	}
	db, err := benchbook.OpenBare(p)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		`SELECT count(*) FROM interactions NOT INDEXED WHERE summary LIKE '%zw%' ESCAPE '\' OR next_step LIKE '%zw%' ESCAPE '\'`,
		`SELECT count(*) FROM interactions NOT INDEXED WHERE instr(lower(summary), 'zw') > 0 OR instr(lower(next_step), 'zw') > 0`,
		`SELECT count(*) FROM interactions NOT INDEXED WHERE instr(summary, '张伟') > 0 OR instr(next_step, '张伟') > 0`,
		`SELECT count(*) FROM interactions NOT INDEXED WHERE summary LIKE '%张伟%' ESCAPE '\' OR next_step LIKE '%张伟%' ESCAPE '\'`,
		`SELECT count(*) FROM interactions NOT INDEXED WHERE length(summary) < 0`,
		`SELECT count(*) FROM customers NOT INDEXED WHERE instr(name_key, 'z') > 0 AND instr(name_key, 'w') > 0`,
		`SELECT count(*) FROM customers NOT INDEXED WHERE name_key LIKE '%zw%' OR search LIKE '%zw%'`,
	} {
		for range 2 {
			c0 := cpuNow()
			var n int
			if err := db.QueryRow(q).Scan(&n); err != nil {
				t.Fatal(err)
			}
			t.Logf("%6.0f ms  %d  %s", float64(cpuNow()-c0)/1e6, n, q[:min(len(q), 110)])
		}
	}
}
