package replica

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/config"
	awss3 "github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/benbjohnson/litestream"
	lss3 "github.com/benbjohnson/litestream/s3"
)

// leaseHold is the hold on an S3 or OSS replica: Litestream's lease, an object written only if no
// one else wrote it meanwhile (a conditional write), whose owner is our holder record.
type leaseHold struct {
	api    *awss3.Client
	leaser *lss3.Leaser
	ttl    time.Duration

	mu    sync.Mutex
	lease *litestream.Lease
}

func newLeaseHold(ctx context.Context, t Target, ttl time.Duration) (*leaseHold, error) {
	region := t.query.Get("region")
	if region == "" {
		region = lss3.DefaultRegion
	}
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(region))
	if err != nil {
		return nil, fmt.Errorf("read the S3 credentials: %w", err)
	}
	api := awss3.NewFromConfig(cfg, func(o *awss3.Options) {
		if t.Endpoint != "" {
			ep, _ := litestream.EnsureEndpointScheme(t.Endpoint)
			o.BaseEndpoint = aws.String(ep)
			o.UsePathStyle = t.query.Get("forcePathStyle") != "false"
		}
	})
	l := lss3.NewLeaser()
	l.SetClient(api)
	l.SetLogger(quietLogger())
	l.Bucket, l.Path, l.TTL = t.Host, strings.Trim(t.Path, "/"), ttl
	return &leaseHold{api: api, leaser: l, ttl: ttl}, nil
}

func (h *leaseHold) key() string {
	if h.leaser.Path == "" {
		return lss3.DefaultLeasePath
	}
	return h.leaser.Path + "/" + lss3.DefaultLeasePath
}

// current reads the lease: its owner is the holder; it was renewed a TTL before it expires.
func (h *leaseHold) current(ctx context.Context) (*Holder, error) {
	out, err := h.api.GetObject(ctx, &awss3.GetObjectInput{Bucket: aws.String(h.leaser.Bucket), Key: aws.String(h.key())})
	if err != nil {
		if isMissing(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("read who holds the book: %w", err)
	}
	defer out.Body.Close()
	var l litestream.Lease
	if err := json.NewDecoder(out.Body).Decode(&l); err != nil {
		return nil, nil
	}
	who := holderOf(l.Owner)
	who.Renewed = l.ExpiresAt.Add(-h.ttl)
	return &who, nil
}

func holderOf(owner string) Holder {
	var who Holder
	if json.Unmarshal([]byte(owner), &who) != nil || who.Machine == "" {
		who.Machine = owner // a lease of another program
	}
	return who
}

func (h *leaseHold) take(ctx context.Context, me Holder, force bool) (*Holder, bool, error) {
	who, err := h.current(ctx)
	if err != nil {
		return nil, false, err
	}
	if other, leave := leaveHold(who, me, force); leave {
		return other, false, nil
	}
	if who != nil {
		// Taken over, or this machine's own lease left by a guanxi that is gone: it goes first,
		// for Litestream's lease is only acquired where none is current.
		if _, err := h.api.DeleteObject(ctx, &awss3.DeleteObjectInput{Bucket: aws.String(h.leaser.Bucket), Key: aws.String(h.key())}); err != nil {
			return nil, false, fmt.Errorf("take the book over: %w", err)
		}
	}
	owner, _ := json.Marshal(me)
	h.leaser.Owner = string(owner)
	l, err := h.leaser.AcquireLease(ctx)
	var exists *litestream.LeaseExistsError
	if errors.As(err, &exists) {
		other := holderOf(exists.Owner)
		return &other, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("take the hold on the book: %w", err)
	}
	h.mu.Lock()
	h.lease = l
	h.mu.Unlock()
	return nil, true, nil
}

func (h *leaseHold) renew(ctx context.Context, me Holder) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.lease == nil {
		return nil
	}
	owner, _ := json.Marshal(me)
	h.leaser.Owner = string(owner)
	l, err := h.leaser.RenewLease(ctx, h.lease)
	if errors.Is(err, litestream.ErrLeaseNotHeld) {
		h.lease = nil
		return ErrHoldLost
	}
	if err != nil {
		return err
	}
	h.lease = l
	return nil
}

func (h *leaseHold) release(ctx context.Context, me Holder) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.lease == nil {
		return nil
	}
	err := h.leaser.ReleaseLease(ctx, h.lease)
	h.lease = nil
	if errors.Is(err, litestream.ErrLeaseNotHeld) || errors.Is(err, lss3.ErrLeaseAlreadyReleased) {
		return nil
	}
	return err
}

func (h *leaseHold) close() error { return nil }

// isMissing tells an object that is not there from a failure to reach the bucket.
func isMissing(err error) bool {
	var nsk *types.NoSuchKey
	var resp *awshttp.ResponseError
	return errors.As(err, &nsk) || errors.As(err, &resp) && resp.HTTPStatusCode() == 404
}
