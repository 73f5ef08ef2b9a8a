package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// FuzzJSONL checks readJSONL on arbitrary bytes: it does not panic or fail,
// and it gives one record per line that is not blank, in order, each an
// article within the limit or an error naming its line.
func FuzzJSONL(f *testing.F) {
	text, err := os.ReadFile(article)
	require.NoError(f, err)
	whole, _ := json.Marshal(map[string]string{"id": "dw", "text": string(text)})
	for _, s := range []string{
		`{"id":"a","text":"Ana said: \"Hi.\""}` + "\n",
		"\ufeff{\"text\":\"x\"}\r\n\r\n  \n{bad\n",
		`{"id":"x","text":5}` + "\n" + `{"id":"n","text":null}` + "\n" + `{"id":"m"}`,
		`{"id":7,"text":"\u00e9\ud83d\ude00"}` + "\n[1]\n\"s\"\n",
		"{\"text\":\"\xff\xfe\"}\n\t\r\n",
		string(whole) + "\n" + strings.Repeat(" ", 300) + "\n{}",
		"{" + strings.Repeat(" ", 200) + "\n", // long, and blank only after its first chunk
	} {
		f.Add([]byte(s))
	}
	// Every test article as a JSON Lines record, and as raw lines.
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "*.txt"))
	require.NoError(f, err)
	for _, name := range files {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		line, _ := json.Marshal(map[string]string{"id": filepath.Base(name), "text": string(b)})
		f.Add(append(line, '\n'))
		f.Add(b)
	}
	const limit = 64 // small, so that long lines are tried too
	f.Fuzz(func(t *testing.T, data []byte) {
		var recs, small []record
		err := readJSONL(bytes.NewReader(data), "f", limit, func(r record) { recs = append(recs, r) })
		require.NoError(t, err, "readJSONL(%q)", data)
		// A 16-byte buffer splits lines into many chunks; nothing changes.
		err = readJSONL(bufio.NewReaderSize(bytes.NewReader(data), 16), "f", limit, func(r record) { small = append(small, r) })
		require.NoError(t, err, "readJSONL(%q) with a small buffer", data)
		require.True(t, reflect.DeepEqual(recs, small), "readJSONL(%q) with a small buffer:\n%+v\nwant\n%+v", data, small, recs)
		var lines []int // numbers of the lines that are not blank
		for i, line := range bytes.Split(bytes.TrimPrefix(data, []byte("\ufeff")), []byte("\n")) {
			if len(bytes.Trim(line, " \t\r")) > 0 {
				lines = append(lines, i+1)
			}
		}
		require.Len(t, recs, len(lines), "readJSONL(%q): a record per line that is not blank", data)
		for i, r := range recs {
			if r.err != nil {
				where := fmt.Sprintf("f:%d: ", lines[i])
				assert.True(t, strings.HasPrefix(r.err.Error(), where), "record %d: error %q, want it to start with %q", i, r.err, where)
				continue
			}
			assert.True(t, len(r.text) <= limit && utf8.ValidString(r.text), "record %d (line %d): text %q is over %d bytes or not UTF-8", i, lines[i], r.text, limit)
		}
	})
}
