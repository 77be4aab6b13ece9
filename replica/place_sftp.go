package replica

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path"
	"time"

	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
)

// sftpPlace is a replica on an SFTP server, reached with the same user, key or password and host
// key as Litestream's own client.
type sftpPlace struct {
	dir  string
	conn *ssh.Client
	c    *sftp.Client
}

func dialSFTP(ctx context.Context, t Target) (*sftpPlace, error) {
	key := knownHostKey(t.Host)
	if key == "" {
		return nil, errUnknownHost(t.Host)
	}
	pub, _, _, _, err := ssh.ParseAuthorizedKey([]byte(key))
	if err != nil {
		return nil, err
	}
	cfg := &ssh.ClientConfig{User: t.User, Timeout: 10 * time.Second, HostKeyCallback: ssh.FixedHostKey(pub)}
	if pw := os.Getenv(EnvSFTPPassword); pw != "" {
		cfg.Auth = append(cfg.Auth, ssh.Password(pw))
	}
	if kp := sftpKeyPath(); kp != "" {
		if buf, err := os.ReadFile(kp); err == nil {
			if signer, err := ssh.ParsePrivateKey(buf); err == nil {
				cfg.Auth = append(cfg.Auth, ssh.PublicKeys(signer))
			}
		}
	}
	host := t.Host
	if _, _, err := net.SplitHostPort(host); err != nil {
		host = net.JoinHostPort(host, "22")
	}
	d := net.Dialer{Timeout: cfg.Timeout}
	raw, err := d.DialContext(ctx, "tcp", host)
	if err != nil {
		return nil, fmt.Errorf("reach %s: %w", t.Host, err)
	}
	cc, chans, reqs, err := ssh.NewClientConn(raw, host, cfg)
	if err != nil {
		raw.Close()
		return nil, fmt.Errorf("log in to %s: %w", t.Host, err)
	}
	conn := ssh.NewClient(cc, chans, reqs)
	c, err := sftp.NewClient(conn)
	if err != nil {
		conn.Close()
		return nil, err
	}
	return &sftpPlace{dir: t.Path, conn: conn, c: c}, nil
}

func (s *sftpPlace) read(_ context.Context, name string) ([]byte, error) {
	f, err := s.c.Open(path.Join(s.dir, name))
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, os.ErrNotExist
		}
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// write puts the file beside its name and renames it over, so a reader never sees half of it.
func (s *sftpPlace) write(_ context.Context, name string, data []byte) error {
	if err := s.c.MkdirAll(s.dir); err != nil {
		return err
	}
	tmp := path.Join(s.dir, "."+name+".tmp")
	f, err := s.c.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return s.c.PosixRename(tmp, path.Join(s.dir, name))
}

func (s *sftpPlace) remove(_ context.Context, name string) error {
	return s.c.Remove(path.Join(s.dir, name))
}

func (s *sftpPlace) close() error {
	s.c.Close()
	return s.conn.Close()
}
