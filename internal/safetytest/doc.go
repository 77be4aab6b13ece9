// Package safetytest proves guanxi's data-safety bars from outside, as a user meets them: it
// builds the real binary and runs it on real book files — killed at random moments, two at once
// beside the terminal UI, on bad files, in a read-only folder, on a full disk — and reads the
// books back. It holds tests only.
package safetytest
