package main

import (
	"io"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/speakers"
)

// BenchmarkServe is a load loop on a real server on a loopback port: b.N
// requests of the test article (text/plain), shared by 1, 8 or 64
// clients, each sending its next request when it has its answer. It
// reports the rate (req/s) and the 99th percentile of the latency (p99-ms).
// The baseline, "direct", makes the same records in the process with no
// HTTP, at the same concurrency. Run it with a fixed count:
//
//	go test ./cmd/whosaid -run '^$' -bench Serve -benchtime 400x
func BenchmarkServe(b *testing.B) {
	text, err := os.ReadFile(article)
	require.NoError(b, err)
	for _, clients := range []int{1, 8, 64} {
		b.Run("direct/clients="+strconv.Itoa(clients), func(b *testing.B) {
			load(b, clients, len(text), func() error {
				_, err := safeAttributeRecord(record{id: "dw", text: string(text)}, "runes", speakers.Attribute)
				return err
			})
		})
		b.Run("http/clients="+strconv.Itoa(clients), func(b *testing.B) {
			s := startServer(b)
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}}
			defer client.CloseIdleConnections()
			url := s.url + "/v1/attribute?id=dw"
			load(b, clients, len(text), func() error {
				resp, err := client.Post(url, "text/plain", strings.NewReader(string(text)))
				if err != nil {
					return err
				}
				defer resp.Body.Close()
				if _, err := io.Copy(io.Discard, resp.Body); err != nil {
					return err
				}
				assert.Equal(b, 200, resp.StatusCode)
				return nil
			})
		})
	}
}

// load runs do b.N times over clients goroutines and reports the rate and
// the latency's 99th percentile.
func load(b *testing.B, clients, size int, do func() error) {
	b.SetBytes(int64(size))
	b.ReportAllocs()
	lat := make([]time.Duration, b.N)
	var next atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t := time.Now()
				if !assert.NoError(b, do()) {
					return
				}
				lat[i] = time.Since(t)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(float64(lat[(len(lat)*99)/100].Microseconds())/1000, "p99-ms")
}
