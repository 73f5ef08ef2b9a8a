package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid/speakers"
)

// TestEncode checks that Encode writes what a json.Encoder writes for the
// record New makes, on the test articles, on text dense with statements
// and on damaged text, in each unit and with the fields of a web page.
func TestEncode(t *testing.T) {
	files, err := filepath.Glob("../../testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	texts := map[string]string{
		"empty":   "",
		"dense":   strings.Repeat(`Ann said "yes" and Bob said 'no' `, 200),
		"damaged": strings.Repeat("\x00Bell\x01 said\x1b \"we \u2028 will <b>&</b>\xff.\" ", 50),
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts[filepath.Base(f)] = string(b)
	}
	heads := []Article{
		{ID: "a<&>\"1"},
		{ID: "page", Title: "T \"quotes\":[],\"speakers\":[]", Author: "A", Date: "2023-08-29", URL: "https://example.com/?a=1&b=2"},
	}
	for name, text := range texts {
		r := speakers.Attribute(text)
		for _, unit := range []string{"bytes", "runes", "utf16"} {
			for k, head := range heads {
				head.Offsets = unit
				if k == 1 {
					head.Text = text
				}
				want := New(head.ID, text, unit, r)
				want.Title, want.Author, want.Date, want.URL, want.Text = head.Title, head.Author, head.Date, head.URL, head.Text
				var wb, gb bytes.Buffer
				enc := json.NewEncoder(&wb)
				enc.SetEscapeHTML(false)
				require.NoError(t, enc.Encode(want))
				require.NoError(t, Encode(&gb, head, text, r))
				require.Equal(t, wb.String(), gb.String(), "%s, %s, head %d", name, unit, k)
			}
		}
	}
}
