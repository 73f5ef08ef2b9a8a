package main

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/speakers"
)

// TestAttributeFn calls the DoFn as a worker does, after Setup, on records
// good and bad.
func TestAttributeFn(t *testing.T) {
	const article = `"The bridge will open in May," said Mayor Ann Bell. Bell said the cost had doubled.`
	good := encode(schema.New("a1", article, "runes", speakers.Attribute(article)))
	tests := []struct {
		name    string
		in      inputLine
		records []string
		dead    []string
		tallies map[string]tally
	}{
		{
			name:    "an article",
			in:      inputLine{File: "in.jsonl", Line: 3, Data: []byte(`{"id":"a1","text":` + encode(article) + `}`)},
			records: []string{good},
			tallies: map[string]tally{`["Ann Bell","person"]`: {Statements: 2, Articles: 1}},
		},
		{
			name:    "no id: FILE:LINE",
			in:      inputLine{File: "in.jsonl", Line: 4, Data: []byte(`{"text":"Fog is expected."}`)},
			records: []string{`{"id":"in.jsonl:4","offsets":"runes","quotes":[],"speakers":[]}`},
		},
		{
			name:    "a number as id: its JSON text",
			in:      inputLine{File: "in.jsonl", Line: 4, Data: []byte(`{"id":7.50,"text":"Fog."}`)},
			records: []string{`{"id":"7.50","offsets":"runes","quotes":[],"speakers":[]}`},
		},
		{
			name:    "invalid UTF-8 is repaired before attribution",
			in:      inputLine{File: "in.jsonl", Line: 1, Data: []byte("{\"id\":\"u\",\"text\":\"14\xb0 degrees\"}")},
			records: []string{`{"id":"u","offsets":"runes","quotes":[],"speakers":[]}`},
		},
		{
			name:    "not JSON",
			in:      inputLine{File: "in.jsonl", Line: 6, Data: []byte(`{"id": "x", text: 1}`)},
			records: []string{`{"id":"in.jsonl:6","error":"in.jsonl:6: not JSON at byte 13: invalid character 't' looking for beginning of object key string"}`},
			dead:    []string{`{"file":"in.jsonl","line":6,"id":"in.jsonl:6","error":"in.jsonl:6: not JSON at byte 13: invalid character 't' looking for beginning of object key string","record":"{\"id\": \"x\", text: 1}"}`},
		},
		{
			name:    "no text: the record's id is kept",
			in:      inputLine{File: "in.jsonl", Line: 2, Data: []byte(`{"id":"b","body":"<p>x</p>"}`)},
			records: []string{`{"id":"b","error":"in.jsonl:2: no \"text\" or \"html\" field"}`},
			dead:    []string{`{"file":"in.jsonl","line":2,"id":"b","error":"in.jsonl:2: no \"text\" or \"html\" field","record":"{\"id\":\"b\",\"body\":\"<p>x</p>\"}"}`},
		},
		{
			name:    "text not a string",
			in:      inputLine{File: "in.jsonl", Line: 2, Data: []byte(`{"id":"c","text":["a"]}`)},
			records: []string{`{"id":"c","error":"in.jsonl:2: \"text\" is not a string"}`},
			dead:    []string{`{"file":"in.jsonl","line":2,"id":"c","error":"in.jsonl:2: \"text\" is not a string","record":"{\"id\":\"c\",\"text\":[\"a\"]}"}`},
		},
		{
			name:    "a line too long to keep",
			in:      inputLine{File: "in.jsonl", Line: 9, TooLong: true},
			records: []string{`{"id":"in.jsonl:9","error":"in.jsonl:9: line is too long for the 64 MiB article limit"}`},
			dead:    []string{`{"file":"in.jsonl","line":9,"id":"in.jsonl:9","error":"in.jsonl:9: line is too long for the 64 MiB article limit","record":""}`},
		},
	}
	fn := &attributeFn{Offsets: "runes", MaxArticle: 64 << 20}
	fn.Setup()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var records, dead []string
			var tallies map[string]tally
			fn.ProcessElement(context.Background(), tt.in,
				func(s string) { records = append(records, s) },
				func(s string) { dead = append(dead, s) },
				func(k string, v tally) {
					if tallies == nil {
						tallies = map[string]tally{}
					}
					require.NotContains(t, tallies, k)
					tallies[k] = v
				})
			assert.Equal(t, tt.records, records)
			assert.Equal(t, tt.dead, dead)
			assert.Equal(t, tt.tallies, tallies)
		})
	}
}

func TestFormatSpeakerRow(t *testing.T) {
	row, err := formatSpeakerRow(speakerKey(`Ann "Annie" Bell`, "person"), tally{Statements: 3, Articles: 2})
	require.NoError(t, err)
	assert.Equal(t, `{"speaker":"Ann \"Annie\" Bell","kind":"person","statements":3,"articles":2}`, row)
}

// TestAttributeFnHTML checks web pages: the article is extracted, and the
// record carries it with the page's title, author, date and URL; a page
// with no article is an error record and a dead letter.
func TestAttributeFnHTML(t *testing.T) {
	const page = `<html><head><title>Bridge to open in May | Gazette</title>
<meta name="author" content="Nadia Okafor"><meta property="article:published_time" content="2026-11-20T09:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Bridge to open in May</h1>
<p>"The bridge will open in May, two months later than planned, and the cost of the work has doubled since the first estimate," said Mayor Ann Bell on Tuesday.</p>
<p>Bell said the council would publish the contractor's report in full next week.</p></article>
<footer>(c) 2026 Gazette</footer></body></html>`
	fn := &attributeFn{Offsets: "runes", MaxArticle: 64 << 20}
	fn.Setup()
	run := func(line string) (records, dead []string) {
		fn.ProcessElement(context.Background(), inputLine{File: "in.jsonl", Line: 2, Data: []byte(line)},
			func(s string) { records = append(records, s) },
			func(s string) { dead = append(dead, s) },
			func(string, tally) {})
		return records, dead
	}

	records, dead := run(encode(map[string]string{"id": "p", "html": page, "url": "https://gazette.example/bridge"}))
	require.Len(t, records, 1)
	assert.Empty(t, dead)
	var a schema.Article
	require.NoError(t, json.Unmarshal([]byte(records[0]), &a))
	assert.Equal(t, "p", a.ID)
	assert.Equal(t, "https://gazette.example/bridge", a.URL)
	assert.Equal(t, "Nadia Okafor", a.Author)
	assert.Equal(t, "2026-11-20", a.Date)
	assert.Contains(t, a.Title, "Bridge to open in May")
	assert.NotContains(t, a.Text, "Home")
	require.NotEmpty(t, a.Quotes)
	assert.Equal(t, "Ann Bell", a.Quotes[0].Speaker.Name)

	const noArticle = `<html><body><nav><a href="/">Home</a></nav><form><input name="q"><button>Search</button></form></body></html>`
	_, err := extract.Extract([]byte(noArticle), "")
	require.ErrorIs(t, err, extract.ErrNoArticle)
	records, dead = run(encode(map[string]string{"id": "q", "html": noArticle}))
	assert.Equal(t, []string{encode(schema.Error{ID: "q", Error: "in.jsonl:2: " + err.Error()})}, records)
	require.Len(t, dead, 1)
	assert.Contains(t, dead[0], `"id":"q","error":"in.jsonl:2: extract: no article found in the page`)
}
