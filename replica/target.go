package replica

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/benbjohnson/litestream"
	"github.com/benbjohnson/litestream/file"
	"github.com/benbjohnson/litestream/s3"
	"github.com/benbjohnson/litestream/sftp"
	"github.com/benbjohnson/litestream/webdav"
	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

// Kind is what sort of place a replica lives in.
type Kind string

// The kinds of replica target.
const (
	KindFolder Kind = "folder"
	KindSFTP   Kind = "sftp"
	KindS3     Kind = "s3"
	KindWebDAV Kind = "webdav"
)

// The environment variables secrets come from; S3 and OSS keys come from AWS_ACCESS_KEY_ID and
// AWS_SECRET_ACCESS_KEY or the AWS credentials file, as every S3 tool reads them.
const (
	EnvSFTPPassword   = "GUANXI_SFTP_PASSWORD"
	EnvSFTPKey        = "GUANXI_SFTP_KEY"
	EnvWebDAVPassword = "GUANXI_WEBDAV_PASSWORD"
)

// ErrSecretInURL is returned for a replica URL that carries a password: it would be stored in the
// settings file and shown by status, so it is refused.
var ErrSecretInURL = errors.New("the replica URL carries a password")

// Target is a parsed replica location.
type Target struct {
	Kind Kind
	// URL is the location as the user gave it (a plain folder is made absolute); it holds no secret.
	URL string
	// Path is the folder for a folder target, the path on the server or in the bucket otherwise.
	Path string
	// Host is host[:port] for SFTP and WebDAV; the bucket for S3.
	Host string
	User string
	// Endpoint is an S3-compatible server (MinIO, Aliyun OSS), empty for AWS itself.
	Endpoint string
	query    url.Values
	scheme   string
}

// ParseTarget reads a replica location: a folder (a plain path or file:///path), sftp://user@host[:port]/path,
// s3://bucket/path[?endpoint=URL&region=R] or webdav(s)://[user@]host/path.
func ParseTarget(raw string) (Target, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return Target{}, fmt.Errorf("no replica location given")
	}
	if !strings.Contains(raw, "://") {
		abs, err := filepath.Abs(raw)
		if err != nil {
			return Target{}, err
		}
		return Target{Kind: KindFolder, URL: abs, Path: abs}, nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return Target{}, fmt.Errorf("read the replica location %q: %w", raw, err)
	}
	if _, has := u.User.Password(); has {
		return Target{}, fmt.Errorf("%w: set it in the environment instead (%s, %s, AWS_SECRET_ACCESS_KEY)",
			ErrSecretInURL, EnvSFTPPassword, EnvWebDAVPassword)
	}
	t := Target{URL: raw, Host: u.Host, User: u.User.Username(), Path: u.Path, query: u.Query(), scheme: u.Scheme}
	switch u.Scheme {
	case "file":
		if u.Host != "" && u.Host != "localhost" {
			return Target{}, fmt.Errorf("a file:// replica must be a folder on this machine: file:///path")
		}
		t.Kind, t.Host = KindFolder, ""
	case "sftp":
		t.Kind = KindSFTP
		if t.User == "" || t.Host == "" {
			return Target{}, fmt.Errorf("an SFTP replica needs a user and a host: sftp://user@host/path")
		}
	case "s3":
		t.Kind = KindS3
		t.Endpoint = t.query.Get("endpoint")
		if t.Host == "" {
			return Target{}, fmt.Errorf("an S3 replica needs a bucket: s3://bucket/path")
		}
	case "webdav", "webdavs":
		t.Kind = KindWebDAV
		if t.Host == "" {
			return Target{}, fmt.Errorf("a WebDAV replica needs a host: webdav://host/path")
		}
	default:
		return Target{}, fmt.Errorf("replica location %q: use a folder, sftp://, s3:// or webdav://", raw)
	}
	if t.Path == "" || t.Path == "/" {
		if t.Kind == KindFolder || t.Kind == KindSFTP {
			return Target{}, fmt.Errorf("replica location %q: name a folder for the replica", raw)
		}
	}
	return t, nil
}

// Cloud tells whether the target is a public cloud bucket, where customer data leaves the
// user's own machines.
func (t Target) Cloud() bool { return t.Kind == KindS3 }

// String is the location as shown to the user.
func (t Target) String() string { return t.URL }

// client makes Litestream's client for the target, with secrets read from the environment.
func (t Target) client() (litestream.ReplicaClient, error) {
	switch t.Kind {
	case KindFolder:
		return file.NewReplicaClient(t.Path), nil
	case KindSFTP:
		c := sftp.NewReplicaClient()
		c.Host, c.User, c.Path = t.Host, t.User, t.Path
		c.Password = os.Getenv(EnvSFTPPassword)
		c.KeyPath = sftpKeyPath()
		c.HostKey = knownHostKey(t.Host)
		if c.HostKey == "" {
			return nil, errUnknownHost(t.Host)
		}
		return c, nil
	case KindS3:
		return s3.NewReplicaClientFromURL("s3", t.Host, strings.TrimPrefix(t.Path, "/"), t.query, nil)
	case KindWebDAV:
		var user *url.Userinfo
		if t.User != "" {
			user = url.UserPassword(t.User, os.Getenv(EnvWebDAVPassword))
		}
		return webdav.NewReplicaClientFromURL(t.scheme, t.Host, t.Path, t.query, user)
	}
	return nil, fmt.Errorf("replica location %q: unknown kind", t.URL)
}

// sftpKeyPath is the private key for SFTP: the one named in the environment, else the user's
// usual SSH key.
func sftpKeyPath() string {
	if p := os.Getenv(EnvSFTPKey); p != "" {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	for _, name := range []string{"id_ed25519", "id_ecdsa", "id_rsa"} {
		p := filepath.Join(home, ".ssh", name)
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// knownHostKey finds the server's key in ~/.ssh/known_hosts, so the connection is checked
// against it; empty when the host is not listed there (hashed entries are not read).
func knownHostKey(host string) string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	f, err := os.Open(filepath.Join(home, ".ssh", "known_hosts"))
	if err != nil {
		return ""
	}
	defer f.Close()
	if _, _, err := net.SplitHostPort(host); err != nil {
		host = net.JoinHostPort(host, "22")
	}
	want := knownhosts.Normalize(host)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		_, hosts, key, _, _, err := ssh.ParseKnownHosts(sc.Bytes())
		if err != nil {
			continue
		}
		for _, h := range hosts {
			if knownhosts.Normalize(h) == want {
				return string(ssh.MarshalAuthorizedKey(key))
			}
		}
	}
	return ""
}

// errUnknownHost refuses a server whose key this user has not checked: anyone in the way could
// otherwise pose as the NAS and receive the book.
func errUnknownHost(host string) error {
	return fmt.Errorf("the SFTP server %s is not in ~/.ssh/known_hosts: connect once with ssh to check its key and record it", host)
}
