package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/speakers"
)

// syncBuffer is a bytes.Buffer safe for the server's log and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testServer is `whosaid serve` running in the test on a loopback port.
type testServer struct {
	url     string
	log     *syncBuffer
	signals chan os.Signal
	status  chan int
}

// startServer runs `whosaid serve -addr 127.0.0.1:0 args...` and stops it
// with SIGTERM when the test ends, checking that it stops cleanly.
func startServer(t testing.TB, args ...string) *testServer {
	t.Helper()
	return startServerWith(t, command{}, args...)
}

// startServerWith is startServer with the settings of c (its attribute).
func startServerWith(t testing.TB, c command, args ...string) *testServer {
	t.Helper()
	listening := make(chan string, 1)
	s := &testServer{log: new(syncBuffer), signals: make(chan os.Signal, 1), status: make(chan int, 1)}
	c.signals, c.listening = s.signals, listening
	go func() {
		s.status <- c.run(append([]string{"serve", "-addr", "127.0.0.1:0"}, args...), nil, io.Discard, s.log)
	}()
	select {
	case addr := <-listening:
		s.url = "http://" + addr
	case st := <-s.status:
		require.FailNow(t, "whosaid serve exited", "status %d:\n%s", st, s.log.String())
	}
	t.Cleanup(func() {
		assert.Equal(t, 0, s.stop(), "whosaid serve stopped badly:\n%s", s.log.String())
	})
	return s
}

// stop sends SIGTERM and returns the exit status, once.
func (s *testServer) stop() int {
	select {
	case s.signals <- syscall.SIGTERM:
	default: // already sent
	}
	select {
	case st := <-s.status:
		s.status <- st
		return st
	case <-time.After(30 * time.Second):
		return -1
	}
}

// post sends body to path with a content type and returns the status, the
// answer and its headers.
func post(t testing.TB, url, contentType string, body io.Reader) (int, string, http.Header) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, body)
	require.NoError(t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b), resp.Header
}

func jsonBody(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

// TestServeSameRecord checks that POST /v1/attribute answers what
// `whosaid -format json` writes, byte for byte, for a text article (JSON or
// text/plain body) and for the test page (JSON or text/html body).
func TestServeSameRecord(t *testing.T) {
	s := startServer(t)
	text, err := os.ReadFile(article)
	require.NoError(t, err)
	html, err := os.ReadFile(page)
	require.NoError(t, err)
	for _, unit := range []string{"bytes", "runes", "utf16"} {
		wantText, _, st := runCmd(t, command{}, "", "-format", "json", "-offsets", unit, article)
		require.Equal(t, 0, st)
		wantHTML, _, st := runCmd(t, command{}, "", "-format", "json", "-offsets", unit, page)
		require.Equal(t, 0, st)
		for _, tc := range []struct {
			name, query, contentType, body, want string
		}{
			{"json text", "", "application/json", jsonBody(t, map[string]string{"id": "dw-raimondo-beijing-2023.txt", "text": string(text), "offsets": unit}), wantText},
			{"plain text", "?id=dw-raimondo-beijing-2023.txt&offsets=" + unit, "text/plain; charset=utf-8", string(text), wantText},
			{"json html", "", "application/json", jsonBody(t, map[string]string{"id": "dw-raimondo-beijing-2023.html", "html": string(html), "offsets": unit}), wantHTML},
			{"html", "?id=dw-raimondo-beijing-2023.html&offsets=" + unit, "text/html", string(html), wantHTML},
		} {
			st, got, h := post(t, s.url+"/v1/attribute"+tc.query, tc.contentType, strings.NewReader(tc.body))
			assert.Equal(t, http.StatusOK, st, "%s %s: %s", tc.name, unit, got)
			assert.Equal(t, "application/json; charset=utf-8", h.Get("Content-Type"))
			assert.Equal(t, tc.want, got, "%s -offsets %s", tc.name, unit)
		}
	}
	// The access log has one JSON line per request.
	require.Eventually(t, func() bool { return strings.Count(s.log.String(), `"msg":"request"`) == 12 }, 5*time.Second, 10*time.Millisecond)
	for _, line := range strings.Split(strings.TrimSpace(s.log.String()), "\n") {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), line)
		if m["msg"] == "request" {
			assert.Equal(t, "/v1/attribute", m["path"])
			assert.EqualValues(t, 200, m["status"])
			assert.EqualValues(t, 1, m["records"])
		}
	}
}

// TestServeErrors checks every class of error answer: each is JSON with an
// "error", and 405 says which methods are allowed.
func TestServeErrors(t *testing.T) {
	s := startServer(t, "-max-body", "2048")
	noArticle, err := os.ReadFile("../../testdata/no-article.html")
	require.NoError(t, err)
	big := strings.Repeat("Ana Ruiz said the ferry would run again. ", 60) // 2,460 bytes
	for _, tc := range []struct {
		name, method, path, contentType string
		body                            io.Reader
		status                          int
		err, allow                      string
	}{
		{"unknown path", "GET", "/nope", "", nil, 404, `no such path "/nope"`, ""},
		{"root", "GET", "/", "", nil, 404, "no such path", ""},
		{"v2", "POST", "/v2/attribute", "", nil, 404, "no such path", ""},
		{"GET attribute", "GET", "/v1/attribute", "", nil, 405, "method GET not allowed", "POST"},
		{"PUT batch", "PUT", "/v1/attribute:batch", "", nil, 405, "method PUT not allowed", "POST"},
		{"POST healthz", "POST", "/healthz", "", nil, 405, "not allowed", "GET, HEAD"},
		{"DELETE version", "DELETE", "/version", "", nil, 405, "not allowed", "GET, HEAD"},
		{"not JSON", "POST", "/v1/attribute", "application/json", strings.NewReader(`{"text": "Ana said so.`), 400, "not JSON at byte", ""},
		{"empty JSON body", "POST", "/v1/attribute", "application/json", strings.NewReader(``), 400, "not JSON", ""},
		{"not an object", "POST", "/v1/attribute", "application/json", strings.NewReader(`["Ana said so."]`), 400, "not a JSON object", ""},
		{"text not a string", "POST", "/v1/attribute", "application/json", strings.NewReader(`{"id":"x","text":5}`), 400, `"text" is not a string`, ""},
		{"no text", "POST", "/v1/attribute", "", strings.NewReader(`{"id":"x"}`), 400, `no "text" or "html" field`, ""},
		{"both", "POST", "/v1/attribute", "application/json", strings.NewReader(`{"text":"a","html":"<p>a</p>"}`), 400, `both "text" and "html"`, ""},
		{"bad offsets", "POST", "/v1/attribute", "application/json", strings.NewReader(`{"text":"a","offsets":"chars"}`), 400, `"offsets" must be bytes, runes or utf16, not "chars"`, ""},
		{"offsets not a string", "POST", "/v1/attribute", "application/json", strings.NewReader(`{"text":"a","offsets":16}`), 400, `"offsets" is not a string`, ""},
		{"bad offsets query", "POST", "/v1/attribute?offsets=chars", "text/plain", strings.NewReader("a"), 400, `"offsets" must be`, ""},
		{"bad offsets query, batch", "POST", "/v1/attribute:batch?offsets=chars", "", strings.NewReader("{}"), 400, `"offsets" must be`, ""},
		{"content type", "POST", "/v1/attribute", "application/x-www-form-urlencoded", strings.NewReader("text=a"), 415, "send application/json, text/plain or text/html", ""},
		{"too large", "POST", "/v1/attribute", "text/plain", strings.NewReader(big), 413, "request body is over the 2048-byte limit", ""},
		{"too large, chunked", "POST", "/v1/attribute", "text/plain", io.MultiReader(strings.NewReader(big)), 413, "over the 2048-byte limit", ""},
		{"too large, batch", "POST", "/v1/attribute:batch", "", strings.NewReader(big), 413, "over the 2048-byte limit", ""},
		{"too large, batch, chunked", "POST", "/v1/attribute:batch", "", io.MultiReader(strings.NewReader(big)), 413, "over the 2048-byte limit", ""},
		{"no article", "POST", "/v1/attribute?id=p", "text/html", bytes.NewReader(noArticle), 422, "extract: no article found in the page", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, s.url+tc.path, tc.body)
			require.NoError(t, err)
			if tc.contentType != "" {
				req.Header.Set("Content-Type", tc.contentType)
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			b, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, tc.status, resp.StatusCode, "%s", b)
			assert.Equal(t, "application/json; charset=utf-8", resp.Header.Get("Content-Type"))
			var e struct{ Error string }
			require.NoError(t, json.Unmarshal(b, &e), "%s", b)
			assert.Contains(t, e.Error, tc.err)
			assert.Equal(t, tc.allow, resp.Header.Get("Allow"))
			if tc.status == 413 {
				assert.True(t, resp.Close, "a body not read to its end closes the connection")
			}
		})
	}
	// The id of a record that cannot be read is in its error.
	st, body, _ := post(t, s.url+"/v1/attribute", "application/json", strings.NewReader(`{"id":"x","text":null}`))
	assert.Equal(t, 400, st)
	assert.JSONEq(t, `{"id":"x","error":"\"text\" is null"}`, body)

	// The server still answers after all that.
	resp, err := http.Get(s.url + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 200, resp.StatusCode)
}

func TestServeHealthVersion(t *testing.T) {
	s := startServer(t)
	for path, want := range map[string]string{
		"/healthz": `{"status":"ok"}`,
		"/version": jsonBody(t, buildVersion()),
	} {
		resp, err := http.Get(s.url + path)
		require.NoError(t, err)
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		require.NoError(t, err)
		assert.Equal(t, 200, resp.StatusCode)
		assert.JSONEq(t, want, string(b))
		resp, err = http.Head(s.url + path)
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, 200, resp.StatusCode, "HEAD %s", path)
	}
	assert.Regexp(t, `^whosaid \S+ .*go1\.`, buildVersion().String())
}

// TestServeBatch checks that the batch answer is what `whosaid -format
// jsonl` writes for the same lines, error records included, in order.
func TestServeBatch(t *testing.T) {
	s := startServer(t, "-j", "3")
	html, err := os.ReadFile(page)
	require.NoError(t, err)
	lines, _ := articles(60)
	lines[7] = `{"id": "broken`
	lines[20] = jsonBody(t, map[string]string{"id": "page", "html": string(html)})
	lines[33] = `{"id":"n","text":null}`
	lines[41] = ""
	lines[42] = jsonBody(t, map[string]string{"id": "empty", "html": "<p>cookies</p>"})
	in := strings.Join(lines, "\n") + "\n"
	for _, unit := range []string{"", "utf16"} {
		args := []string{"-format", "jsonl"}
		query := ""
		if unit != "" {
			args = append(args, "-offsets", unit)
			query = "?offsets=" + unit
		}
		want, _, st := runCmd(t, command{}, in, args...)
		require.Equal(t, 1, st)
		want = strings.ReplaceAll(want, `stdin:`, `body:`)
		st, got, h := post(t, s.url+"/v1/attribute:batch"+query, "application/jsonl", strings.NewReader(in))
		require.Equal(t, 200, st)
		assert.Equal(t, "application/jsonl; charset=utf-8", h.Get("Content-Type"))
		assert.Equal(t, 59, strings.Count(got, "\n"), "one line per line that is not blank")
		assert.Equal(t, want, got)
	}
	// An empty batch has an empty answer.
	st, got, _ := post(t, s.url+"/v1/attribute:batch", "", strings.NewReader("\n\n"))
	assert.Equal(t, 200, st)
	assert.Empty(t, got)
}

// TestServeBatchOverLimit checks a batch whose body is found over the
// limit after the answer has begun: the lines read are answered, then one
// error record says the rest was not read.
func TestServeBatchOverLimit(t *testing.T) {
	s := startServer(t, "-max-body", "4096")
	lines, _ := articles(40) // about 6 KB
	pr, pw := io.Pipe()
	go func() {
		// Chunked, so the server cannot tell the size beforehand; the
		// first lines go alone, so that their answers start first.
		for _, l := range lines {
			if _, err := pw.Write([]byte(l + "\n")); err != nil {
				return
			}
		}
		pw.Close()
	}()
	st, got, _ := post(t, s.url+"/v1/attribute:batch", "", pr)
	pr.Close()
	require.Equal(t, 200, st)
	recs := decode(t, got)
	require.Greater(t, len(recs), 1)
	last := recs[len(recs)-1]
	assert.Equal(t, "body", last.ID)
	assert.Contains(t, last.Error, "request body is over the 4096-byte limit; the lines after it were not read")
	for i, r := range recs[:len(recs)-1] {
		assert.Equal(t, fmt.Sprintf("a%d", i), r.ID)
		assert.Empty(t, r.Error)
	}
}

// TestServeConcurrent sends 200 articles at once, each from its own
// client, and checks that each gets its own record.
func TestServeConcurrent(t *testing.T) {
	s := startServer(t)
	lines, ids := articles(200)
	want := make([]string, len(lines))
	for i, l := range lines {
		w, _, st := runCmd(t, command{}, l, "-format", "json")
		require.Equal(t, 0, st)
		want[i] = w
	}
	var wg sync.WaitGroup
	got := make([]string, len(lines))
	status := make([]int, len(lines))
	start := make(chan struct{})
	for i := range lines {
		wg.Go(func() {
			client := &http.Client{Transport: &http.Transport{}} // a connection of its own
			defer client.CloseIdleConnections()
			<-start
			resp, err := client.Post(s.url+"/v1/attribute", "application/json", strings.NewReader(lines[i]))
			if err != nil {
				got[i] = err.Error()
				return
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			got[i], status[i] = string(b), resp.StatusCode
		})
	}
	close(start)
	wg.Wait()
	for i := range lines {
		assert.Equal(t, 200, status[i], "client %d (%s): %s", i, ids[i], got[i])
		assert.Equal(t, want[i], got[i], "client %d (%s)", i, ids[i])
	}
}

// rawRequest starts a POST on its own connection with "Expect:
// 100-continue" and waits for the server's "100 Continue", which it sends
// when the handler starts reading the body: the request is then in
// flight. It returns the connection, to write the body and read the answer.
func rawRequest(t *testing.T, addr, path string, bodyLen int) (net.Conn, *bufio.Reader) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nExpect: 100-continue\r\n\r\n", path, addr, bodyLen)
	br := bufio.NewReader(conn)
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	line, err := br.ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "HTTP/1.1 100 Continue\r\n", line)
	blank, err := br.ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "\r\n", blank)
	return conn, br
}

// TestServeShutdown checks the graceful shutdown in the process: a request
// in flight when SIGTERM comes is answered in full, new connections are
// refused, and serve returns 0.
func TestServeShutdown(t *testing.T) {
	s := startServer(t)
	addr := strings.TrimPrefix(s.url, "http://")
	text, err := os.ReadFile(article)
	require.NoError(t, err)
	want, _, st := runCmd(t, command{}, string(text), "-format", "json", "-input", "text")
	require.Equal(t, 0, st)

	conn, br := rawRequest(t, addr, "/v1/attribute?id=stdin", len(text))
	defer conn.Close()
	_, err = conn.Write(text[:len(text)/2])
	require.NoError(t, err)
	s.signals <- syscall.SIGTERM
	require.Eventually(t, func() bool { return strings.Contains(s.log.String(), "shutting down") }, 5*time.Second, 5*time.Millisecond)
	require.Eventually(t, func() bool {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err == nil {
			c.Close()
		}
		return err != nil
	}, 5*time.Second, 10*time.Millisecond, "the listener is closed")
	select {
	case st := <-s.status:
		require.FailNow(t, "serve returned with a request in flight", "status %d", st)
	default:
	}
	_, err = conn.Write(text[len(text)/2:])
	require.NoError(t, err)
	resp, err := http.ReadResponse(br, nil)
	require.NoError(t, err)
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, 200, resp.StatusCode)
	assert.Equal(t, want, string(b))
	assert.Equal(t, 0, s.stop())
	assert.Contains(t, s.log.String(), `"msg":"stopped"`)
}

// TestServeSIGTERM runs `whosaid serve` as a process and sends it a real
// SIGTERM with a request in flight.
func TestServeSIGTERM(t *testing.T) {
	cmd := exec.Command(os.Args[0], "serve", "-addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "WHOSAID_RUN_MAIN=1")
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	defer cmd.Process.Kill()
	logs := bufio.NewScanner(stderr)
	require.True(t, logs.Scan(), "no log line")
	m := regexp.MustCompile(`"addr":"([^"]+)"`).FindStringSubmatch(logs.Text())
	require.NotNil(t, m, logs.Text())
	go func() {
		for logs.Scan() { // drain
		}
	}()

	text := []byte(`Ana Ruiz said: "We're open."`)
	conn, br := rawRequest(t, m[1], "/v1/attribute", len(text))
	defer conn.Close()
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	time.Sleep(100 * time.Millisecond) // let the signal arrive; the answer does not depend on it
	_, err = conn.Write(text)
	require.NoError(t, err)
	resp, err := http.ReadResponse(br, nil)
	require.NoError(t, err)
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, 200, resp.StatusCode)
	assert.Contains(t, string(b), `"name": "Ana Ruiz"`)
	require.NoError(t, cmd.Wait(), "exit status after a graceful shutdown")
}

func TestServeFlags(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "-nosuch"},
		{"serve", "-max-body", "0"},
		{"serve", "extra"},
	} {
		_, stderr, st := runCmd(t, command{}, "", args...)
		assert.Equal(t, 2, st, "%v: %s", args, stderr)
	}
	_, stderr, st := runCmd(t, command{}, "", "serve", "-h")
	assert.Equal(t, 0, st)
	assert.Contains(t, stderr, "POST /v1/attribute:batch")
	_, stderr, st = runCmd(t, command{}, "", "serve", "-addr", "256.0.0.1:0")
	assert.Equal(t, 1, st)
	assert.Contains(t, stderr, `"msg":"listen"`)
}

// TestServeInFlight checks the bound on articles in flight: with -j 2, 40
// single requests and a batch of 40 lines sent at once are all answered,
// and 2 articles, never more, are attributed at the same time.
func TestServeInFlight(t *testing.T) {
	var now, most atomic.Int32
	c := command{attribute: func(text string) speakers.Result {
		n := now.Add(1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(2 * time.Millisecond)
		now.Add(-1)
		return speakers.Attribute(text)
	}}
	s := startServerWith(t, c, "-j", "2")
	lines, _ := articles(40)
	var wg sync.WaitGroup
	status := make([]int, len(lines))
	for i := range lines {
		wg.Go(func() {
			st, _, _ := post(t, s.url+"/v1/attribute", "application/json", strings.NewReader(lines[i]))
			status[i] = st
		})
	}
	var batch string
	wg.Go(func() {
		_, batch, _ = post(t, s.url+"/v1/attribute:batch", "", strings.NewReader(strings.Join(lines, "\n")))
	})
	wg.Wait()
	for i, st := range status {
		assert.Equal(t, 200, st, "request %d", i)
	}
	assert.Len(t, decode(t, batch), 40)
	assert.Equal(t, int32(2), most.Load(), "articles attributed at once: 2, not more, and not fewer with 80 waiting")
}
