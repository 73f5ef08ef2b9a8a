package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid/speakers"
)

// TestEncode checks that Encode and EncodeIndent write what a json.Encoder writes for the
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
				for _, indent := range []bool{false, true} {
					var wb, gb bytes.Buffer
					enc := json.NewEncoder(&wb)
					enc.SetEscapeHTML(false)
					encode := Encode
					if indent {
						enc.SetIndent("", "  ")
						encode = EncodeIndent
					}
					require.NoError(t, enc.Encode(want))
					require.NoError(t, encode(&gb, head, text, r))
					require.Equal(t, wb.String(), gb.String(), "%s, %s, head %d, indent %v", name, unit, k, indent)
				}
			}
		}
	}
}

// TestUnits checks the conversion of offsets against a count from the start
// of the text, for offsets in and out of order, inside characters and past
// the end, on text with 1- to 4-byte characters and invalid bytes.
func TestUnits(t *testing.T) {
	text := strings.Repeat("a é € 😀 \xff\xc3 ", 40)
	ref := func(unit string, off int) int {
		b, n := 0, 0
		for b < off && b < len(text) {
			r, size := utf8.DecodeRuneInString(text[b:])
			b += size
			n++
			if unit == "utf16" && r >= 0x10000 {
				n++
			}
		}
		return n
	}
	for _, unit := range []string{"bytes", "runes", "utf16"} {
		u := newUnits(text, unit)
		offs := []int{0, 1, 5, 3, 700, 64, 63, 65, len(text), len(text) + 5, 129, 128, 2}
		for o := 0; o <= len(text)+2; o += 7 {
			offs = append(offs, o)
		}
		for _, o := range offs {
			want := o
			if unit != "bytes" {
				want = ref(unit, o)
			}
			require.Equal(t, want, u.at(o), "%s at %d", unit, o)
		}
	}
}
