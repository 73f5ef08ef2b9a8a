package main

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/internal/view/viewtest"
)

// formBody returns a multipart/form-data body as the page's form sends it:
// fields, then the file part (empty, as a browser sends it, when name is
// "").
func formBody(t *testing.T, fields map[string]string, name, file string) (string, io.Reader) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		require.NoError(t, mw.WriteField(k, v))
	}
	fw, err := mw.CreateFormFile("file", name)
	require.NoError(t, err)
	_, err = io.WriteString(fw, file)
	require.NoError(t, err)
	require.NoError(t, mw.Close())
	return mw.FormDataContentType(), &b
}

// getPage parses a page answer and checks what every page answer has.
func parsePage(t *testing.T, body string, h http.Header) *viewtest.Page {
	t.Helper()
	assert.Equal(t, "text/html; charset=utf-8", h.Get("Content-Type"))
	assert.Contains(t, h.Get("Content-Security-Policy"), "default-src 'none'")
	p, err := viewtest.Parse(strings.NewReader(body))
	require.NoError(t, err)
	assert.Len(t, p.Scripts, 1, "only the page's own script")
	assert.Empty(t, p.Handlers)
	assert.Equal(t, 1, p.Elements["form"], "the form is on every page")
	return p
}

// TestServePage checks the page at "/" on a loopback port with a real
// client: the form, and the article posted through it drawn as -format html
// draws it, with the offsets of POST /v1/attribute.
func TestServePage(t *testing.T) {
	s := startServer(t, "-max-body", "200000")
	raw, err := os.ReadFile(article)
	require.NoError(t, err)
	text := string(raw)

	resp, err := http.Get(s.url + "/")
	require.NoError(t, err)
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	assert.Equal(t, 200, resp.StatusCode)
	p := parsePage(t, string(b), resp.Header)
	assert.Empty(t, p.Articles)
	assert.Equal(t, 1, p.Elements["textarea"])

	for _, unit := range []string{"runes", "utf16", "bytes"} {
		t.Run("text box "+unit, func(t *testing.T) {
			// A browser sends the text box's line breaks as CRLF.
			ct, body := formBody(t, map[string]string{"text": strings.ReplaceAll(text, "\n", "\r\n"), "offsets": unit}, "", "")
			st, page, h := post(t, s.url+"/", ct, body)
			require.Equal(t, 200, st, page)
			p := parsePage(t, page, h)
			require.Len(t, p.Articles, 1)
			assert.Equal(t, "text", p.Articles[0].ID)
			assert.Equal(t, text, p.Articles[0].Text)

			st, js, _ := post(t, s.url+"/v1/attribute?id=text&offsets="+unit, "text/plain", strings.NewReader(text))
			require.Equal(t, 200, st, js)
			var want schema.Article
			require.NoError(t, json.Unmarshal([]byte(js), &want))
			assertMarked(t, want, p.Articles[0])
			assert.Contains(t, page, "<option selected>"+unit+"</option>", "the form keeps the unit")
		})
	}
	t.Run("text file", func(t *testing.T) {
		ct, body := formBody(t, map[string]string{"text": "ignored when a file is sent", "offsets": "runes"}, "dw.txt", text)
		st, page, h := post(t, s.url+"/", ct, body)
		require.Equal(t, 200, st, page)
		p := parsePage(t, page, h)
		require.Len(t, p.Articles, 1)
		assert.Equal(t, "dw.txt", p.Articles[0].ID)
		assert.Equal(t, text, p.Articles[0].Text)
		assert.NotEmpty(t, p.Articles[0].Marks)
	})
	t.Run("html file", func(t *testing.T) {
		html, err := os.ReadFile("../../testdata/dw-raimondo-beijing-2023.html")
		require.NoError(t, err)
		ct, body := formBody(t, nil, "dw.html", string(html))
		st, page, h := post(t, s.url+"/", ct, body)
		require.Equal(t, 200, st, page)
		p := parsePage(t, page, h)
		require.Len(t, p.Articles, 1)
		assert.Equal(t, "dw.html", p.Articles[0].ID)
		assert.Contains(t, p.Articles[0].Text, "Raimondo said that")
		assert.NotEmpty(t, p.Articles[0].Marks)
		assert.Contains(t, page, `<p class="page"><cite>`, "the page's title shows")
	})
	t.Run("urlencoded", func(t *testing.T) {
		st, page, h := post(t, s.url+"/", "application/x-www-form-urlencoded", strings.NewReader(url.Values{"text": {`"We will win," Ann Bell said.`}}.Encode()))
		require.Equal(t, 200, st, page)
		p := parsePage(t, page, h)
		require.Len(t, p.Articles, 1)
		require.NotEmpty(t, p.Articles[0].Marks)
		assert.Equal(t, "Ann Bell", p.Articles[0].Marks[0].Speaker)
	})
	t.Run("hostile", func(t *testing.T) {
		evil := `<script>alert(1)</script> "<img src=x onerror=alert(2)>," she said. </textarea><script>alert(3)</script>`
		ct, body := formBody(t, map[string]string{"text": evil}, "", "")
		st, page, h := post(t, s.url+"/", ct, body)
		require.Equal(t, 200, st, page)
		p := parsePage(t, page, h)
		require.Len(t, p.Articles, 1)
		assert.Equal(t, evil, p.Articles[0].Text)
		assert.Zero(t, p.Elements["img"])
	})
	for _, tc := range []struct {
		name, contentType string
		body              io.Reader
		status            int
		err               string
	}{
		{"nothing", "", nil, 400, "paste an article"},
		{"blank text", "application/x-www-form-urlencoded", strings.NewReader("text=+%0A"), 400, "paste an article"},
		{"bad offsets", "application/x-www-form-urlencoded", strings.NewReader("text=a&offsets=chars"), 400, `"offsets" must be`},
		{"not a form", "text/plain", strings.NewReader("Ann said so."), 400, "send the form as multipart/form-data"},
		{"cut multipart", "multipart/form-data; boundary=xyz", strings.NewReader("--xyz\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nAnn"), 400, "reading the form"},
		{"too large", "application/x-www-form-urlencoded", strings.NewReader("text=" + strings.Repeat("a", 200001)), 413, "over the"},
		{"too large, chunked", "application/x-www-form-urlencoded", io.MultiReader(strings.NewReader("text=" + strings.Repeat("a", 200001))), 413, "over the"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "nothing" {
				ct, body := formBody(t, map[string]string{"text": ""}, "", "")
				tc.contentType, tc.body = ct, body
			}
			st, page, h := post(t, s.url+"/", tc.contentType, tc.body)
			assert.Equal(t, tc.status, st)
			p := parsePage(t, page, h)
			require.Len(t, p.Articles, 1)
			assert.Contains(t, p.Articles[0].Error, tc.err)
		})
	}
	t.Run("no article", func(t *testing.T) {
		html, err := os.ReadFile("../../testdata/no-article.html")
		require.NoError(t, err)
		ct, body := formBody(t, nil, "none.html", string(html))
		st, page, h := post(t, s.url+"/", ct, body)
		assert.Equal(t, 422, st)
		p := parsePage(t, page, h)
		require.Len(t, p.Articles, 1)
		assert.Contains(t, p.Articles[0].Error, "no article")
	})
	req, err := http.NewRequest(http.MethodPut, s.url+"/", nil)
	require.NoError(t, err)
	resp, err = http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, 405, resp.StatusCode)
	assert.Equal(t, "GET, HEAD, POST", resp.Header.Get("Allow"))
}

// TestPageLimit checks that the page takes an article of at most a
// sixteenth of the command's article limit, even when the server's body
// limit is larger: its markup is held whole.
func TestPageLimit(t *testing.T) {
	s := startServer(t) // the body limit is 16 MiB
	limit := defaultMaxArticle / htmlShare
	for _, chunked := range []bool{false, true} {
		var body io.Reader = strings.NewReader("text=" + strings.Repeat("a", limit))
		if chunked {
			body = io.MultiReader(body)
		}
		st, page, h := post(t, s.url+"/", "application/x-www-form-urlencoded", body)
		assert.Equal(t, 413, st)
		p := parsePage(t, page, h)
		require.Len(t, p.Articles, 1)
		assert.Contains(t, p.Articles[0].Error, "over the page's 4 MiB limit")
	}
}
