package replica

import (
	"crypto/ed25519"
	"crypto/rand"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

// startSFTP runs an SFTP server on loopback for the test, which lets in user "sales" with the
// password "secret", records its key in a known_hosts of a new home folder, and returns its address.
func startSFTP(t *testing.T) string {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := ssh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	cfg := &ssh.ServerConfig{PasswordCallback: func(c ssh.ConnMetadata, pw []byte) (*ssh.Permissions, error) {
		if c.User() == "sales" && string(pw) == "secret" {
			return nil, nil
		}
		return nil, ssh.ErrNoAuth
	}}
	cfg.AddHostKey(signer)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	home := t.TempDir()
	t.Setenv("HOME", home)
	line := knownhosts.Line([]string{knownhosts.Normalize(ln.Addr().String())}, signer.PublicKey())
	if err := os.MkdirAll(filepath.Join(home, ".ssh"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, ".ssh", "known_hosts"), []byte(line+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go serveSFTP(conn, cfg)
		}
	}()
	return ln.Addr().String()
}

func serveSFTP(conn net.Conn, cfg *ssh.ServerConfig) {
	defer conn.Close()
	_, chans, reqs, err := ssh.NewServerConn(conn, cfg)
	if err != nil {
		return
	}
	go ssh.DiscardRequests(reqs)
	for nc := range chans {
		if nc.ChannelType() != "session" {
			nc.Reject(ssh.UnknownChannelType, "only sessions")
			continue
		}
		ch, requests, err := nc.Accept()
		if err != nil {
			return
		}
		go func() {
			for req := range requests {
				ok := req.Type == "subsystem" && len(req.Payload) > 4 && string(req.Payload[4:]) == "sftp"
				req.Reply(ok, nil)
				if ok {
					go func() {
						defer ch.Close()
						if srv, err := sftp.NewServer(ch); err == nil {
							srv.Serve()
						}
					}()
				}
			}
		}()
	}
}

// TestSFTPHandOver: the hand-over A → B → A through an SFTP server, the password from the
// environment, never in the URL or the settings.
func TestSFTPHandOver(t *testing.T) {
	addr := startSFTP(t)
	t.Setenv(EnvSFTPPassword, "secret")
	handOver(t, "sftp://sales@"+addr+filepath.Join(t.TempDir(), "replica"))
}

func TestSecretInURLRefused(t *testing.T) {
	for _, u := range []string{"sftp://sales:secret@nas/guanxi", "webdav://u:p@nas/guanxi"} {
		if _, err := ParseTarget(u); err == nil {
			t.Errorf("%s was accepted", u)
		}
	}
}

func TestUnknownSFTPHostRefused(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	tg := mustTarget(t, "sftp://sales@127.0.0.1:1/guanxi")
	if _, err := tg.client(); err == nil || !strings.Contains(err.Error(), "known_hosts") {
		t.Errorf("an unknown host: %v; want a refusal that names known_hosts", err)
	}
}
