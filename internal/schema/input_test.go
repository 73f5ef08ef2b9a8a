package schema

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecode(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		want       Input
		err        string
	}{
		{"text", `{"id":"a","text":"Ana said so."}`, Input{ID: "a", HasID: true, Text: "Ana said so."}, ""},
		{"html", `{"id":"a","html":"<p>x</p>","url":"https://example.org/a"}`, Input{ID: "a", HasID: true, Text: "<p>x</p>", HTML: true, URL: "https://example.org/a"}, ""},
		{"html, null url", `{"html":"<p>x</p>","url":null}`, Input{Text: "<p>x</p>", HTML: true}, ""},
		{"url ignored with text", `{"text":"x","url":5}`, Input{Text: "x"}, ""},
		{"numeric id", `{"id":7,"text":"x"}`, Input{ID: "7", HasID: true, Text: "x"}, ""},
		{"other fields", `{"text":"x","lang":"en","offsets":"bytes"}`, Input{Text: "x"}, ""},
		{"both", `{"id":"b","text":"x","html":"<p>x</p>"}`, Input{ID: "b", HasID: true}, `both "text" and "html": give one`},
		{"neither", `{"id":"n"}`, Input{ID: "n", HasID: true}, `no "text" or "html" field`},
		{"html null", `{"html":null}`, Input{HTML: true}, `"html" is null`},
		{"html not a string", `{"html":["<p>"]}`, Input{HTML: true}, `"html" is not a string`},
		{"url not a string", `{"html":"<p>x</p>","url":{}}`, Input{HTML: true}, `"url" is not a string`},
		{"text over the limit", `{"text":"0123456789abcdefx"}`, Input{}, "article is over the 16-byte limit"},
		{"page over the limit", `{"html":"0123456789abcdefx"}`, Input{HTML: true}, "page is over the 16-byte limit"},
		{"not JSON", `{"text":`, Input{}, "not JSON at byte"},
		{"not an object", `"text"`, Input{}, "not a JSON object"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := Decode([]byte(tc.line), 16)
			if tc.err == "" {
				require.NoError(t, err)
			} else {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
			}
			assert.Equal(t, tc.want, in)
		})
	}
}
