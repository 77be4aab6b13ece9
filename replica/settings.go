// Package replica keeps a guanxi book replicated to a place the user owns (a folder, an SFTP
// server, an S3 or OSS bucket, a WebDAV server) with Litestream linked in as a library, and hands
// the book over between machines so one machine writes at a time.
package replica

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Settings are what the user chose with `guanxi replica set`: where the replica lives. They live in
// the config folder, not in the book, so a second machine finds them before it has a book. No
// secret is ever kept here: passwords and keys come from the environment or the usual files.
type Settings struct {
	URL string `json:"url"`
}

// settingsFile is the name of the settings in the config folder.
const settingsFile = "replica.json"

// ConfigDir is where guanxi keeps its settings: $XDG_CONFIG_HOME/guanxi, else ~/.config/guanxi.
func ConfigDir() (string, error) {
	if dir := os.Getenv("XDG_CONFIG_HOME"); dir != "" {
		return filepath.Join(dir, "guanxi"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("find the home folder for the settings: %w", err)
	}
	return filepath.Join(home, ".config", "guanxi"), nil
}

// LoadSettings reads the replica settings from the config folder dir; ok is false when no replica
// is set.
func LoadSettings(dir string) (s Settings, ok bool, err error) {
	b, err := os.ReadFile(filepath.Join(dir, settingsFile))
	if errors.Is(err, os.ErrNotExist) {
		return s, false, nil
	}
	if err != nil {
		return s, false, fmt.Errorf("read the replica settings: %w", err)
	}
	if err := json.Unmarshal(b, &s); err != nil {
		return s, false, fmt.Errorf("read the replica settings %s: %w", filepath.Join(dir, settingsFile), err)
	}
	return s, s.URL != "", nil
}

// SaveSettings writes the replica settings into the config folder dir, atomically.
func SaveSettings(dir string, s Settings) error {
	if _, err := ParseTarget(s.URL); err != nil {
		return err
	}
	return writeJSON(filepath.Join(dir, settingsFile), s)
}

// RemoveSettings forgets the replica: guanxi stops replicating. The replica itself is left as it is.
func RemoveSettings(dir string) error {
	return removeFile(filepath.Join(dir, settingsFile))
}
