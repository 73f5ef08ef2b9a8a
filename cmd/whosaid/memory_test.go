package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid/speakers"
)

// TestStreamedRecord checks that the record of an article over streamSize,
// which is written statement by statement, is the record that render
// makes, between two small records, in each format but html and each offset
// unit.
func TestStreamedRecord(t *testing.T) {
	b, err := os.ReadFile(article)
	require.NoError(t, err)
	text := strings.Repeat("Café 😀 "+string(b)+"\n\n"+`Ann said "yes" and Bob said 'no'. `+"\n", streamSize/len(b)+1)
	require.GreaterOrEqual(t, len(text), streamSize)
	line, err := json.Marshal(map[string]string{"id": "big", "text": text})
	require.NoError(t, err)
	in := `{"id":"a","text":"Ana said so."}` + "\n" + string(line) + "\n" + `{"id":"z","text":"Zoë said so."}` + "\n"
	for _, format := range []string{"jsonl", "json", "csv", "text"} {
		for _, unit := range []string{"bytes", "runes", "utf16"} {
			var want bytes.Buffer
			renderHeader(&want, format)
			for _, r := range []record{{id: "a", text: "Ana said so."}, {id: "big", text: text}, {id: "z", text: "Zoë said so."}} {
				a, err := attributeRecord(r, unit, speakers.Attribute)
				require.NoError(t, err)
				require.NoError(t, render(&want, format, a))
			}
			renderFooter(&want, format)
			out, stderr, st := runCmd(t, command{}, in, "-format", format, "-offsets", unit, "-j", "2")
			require.Equal(t, 0, st, "stderr %q", stderr)
			// Not require.Equal: its diff of two megabytes is no help.
			require.True(t, want.String() == out, "-format %s -offsets %s: the output differs from the records render makes: %s", format, unit, firstDiff(want.String(), out))
		}
	}
}

// TestByteBudget checks that the records in flight never take more than
// the pipeline's budget of bytes, that a record over the budget goes alone,
// and that every record is written, in order.
func TestByteBudget(t *testing.T) {
	const budget = 100
	var p *pipeline
	var over atomic.Int32
	attribute := func(string) speakers.Result {
		p.mu.Lock()
		if p.inFlight > budget {
			over.Add(1)
		}
		p.mu.Unlock()
		return speakers.Result{}
	}
	var out bytes.Buffer
	p = newPipeline(options{format: "jsonl", offsets: "bytes", jobs: 3, budget: budget}, attribute, &out)
	sizes := []int{30, 30, 30, 150, 30, 99, 1, 100, 2, 60, 60, 60}
	for i, n := range sizes {
		p.add(record{id: fmt.Sprint(i), text: strings.Repeat("x", n), size: n})
	}
	st := p.close()
	assert.Zero(t, over.Load(), "times the records in flight took more than %d bytes", budget)
	assert.Equal(t, len(sizes), st.records)
	assert.Zero(t, p.inFlight, "bytes in flight after close")
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, len(sizes))
	for i, l := range lines {
		assert.True(t, strings.HasPrefix(l, fmt.Sprintf(`{"id":"%d",`, i)), "line %d: %s", i, l)
	}
}

// firstDiff describes where a and b first differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	cut := func(s string) string { return s[i:min(len(s), i+80)] }
	return fmt.Sprintf("at byte %d: %q, not %q", i, cut(b), cut(a))
}
