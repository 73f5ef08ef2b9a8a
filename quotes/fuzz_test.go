package quotes

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openMarks is the opening mark of each style, written out independently of
// find.go.
var openMarks = [...]string{
	Straight:          `"`,
	Curly:             "“",
	StraightSingle:    `'`,
	CurlySingle:       "‘",
	Guillemets:        "«",
	SingleGuillemets:  "‹",
	LowHigh:           "„",
	DoubledApostrophe: `''`,
	TeX:               "``",
}

// closeMarks are the marks that may close a quote: double-mark styles close
// each other, single-mark styles close only single ones.
var closeMarks = [2][]string{
	{`"`, "”", "“", "»", `''`},
	{`'`, "’", "›"},
}

// checkInvariants reports every way qs, the result of Find(text), breaks
// the promises of the package. It runs over millions of quotes in the
// linearity tests, so it tests each condition before it builds a message.
func checkInvariants(t *testing.T, text string, qs []Quote) {
	t.Helper()
	ct := clip(text) // for the messages
	assert.False(t, len(qs) == 0 && qs != nil, "Find(%q) = empty non-nil slice, want nil", ct)
	var last []int // last[d] is the index of the latest quote at depth d
	parents := Parents(qs)
	require.Len(t, parents, len(qs), "Parents(Find(%q))", ct)
	fail := func(format string, args ...any) {
		t.Helper()
		assert.Fail(t, fmt.Sprintf(format, args...))
	}
	for i, q := range qs {
		if !(0 <= q.Span.Start && q.Span.Start <= q.Span.End && q.Span.End <= len(text)) {
			fail("Find(%q)[%d].Span = %v, out of 0:%d", ct, i, q.Span, len(text))
			continue
		}
		if !(0 <= q.Content.Start && q.Content.Start <= q.Content.End && q.Content.End <= len(text)) {
			fail("Find(%q)[%d].Content = %v, out of 0:%d", ct, i, q.Content, len(text))
			continue
		}
		if !q.Span.Contains(q.Content) {
			fail("Find(%q)[%d]: Content %v not inside Span %v", ct, i, q.Content, q.Span)
		}
		if int(q.Style) >= len(openMarks) || int(q.Kind) >= len(kindNames) {
			fail("Find(%q)[%d]: invalid style %v or kind %v", ct, i, q.Style, q.Kind)
			continue
		}
		if open := text[q.Span.Start:q.Content.Start]; open != openMarks[q.Style] && !(q.Style == Curly && open == "”") {
			fail("Find(%q)[%d]: opening mark %q, want %q for style %v", ct, i, open, openMarks[q.Style], q.Style)
		}
		closing := text[q.Content.End:q.Span.End]
		single := 0
		if q.Style.Single() {
			single = 1
		}
		if q.Closed != slices.Contains(closeMarks[single], closing) || !q.Closed && closing != "" {
			fail("Find(%q)[%d]: closing mark %q with Closed %v", ct, i, closing, q.Closed)
		}
		if !q.Closed && q.Content.Len() > 0 && isSpaceByte(text[q.Content.End-1]) {
			fail("Find(%q)[%d]: unclosed quote %q ends with white space", ct, i, clip(q.Text(text)))
		}
		if n := paragraphBreaks(q.Content.Text(text)); q.Paragraphs != n+1 {
			fail("Find(%q)[%d].Paragraphs = %d, content has %d paragraph breaks", ct, i, q.Paragraphs, n)
		}
		if i > 0 && q.Span.Start < qs[i-1].Span.Start {
			fail("Find(%q): quote %d starts at %d, before quote %d at %d", ct, i, q.Span.Start, i-1, qs[i-1].Span.Start)
		}
		if q.Depth < 0 || q.Depth >= MaxDepth {
			fail("Find(%q)[%d].Depth = %d, want 0 ≤ depth < %d", ct, i, q.Depth, MaxDepth)
		}
		if i == 0 && q.Depth != 0 || i > 0 && q.Depth > qs[i-1].Depth+1 {
			fail("Find(%q)[%d].Depth = %d skips a level", ct, i, q.Depth)
		}
		if q.Depth < 0 || q.Depth > len(last) {
			continue // reported above
		}
		parent := -1
		if q.Depth > 0 {
			parent = last[q.Depth-1]
		}
		if q.Depth < len(last) {
			// The previous quote at this depth (a sibling, or the
			// previous top-level quote) must end before q starts.
			if prev := qs[last[q.Depth]]; prev.Span.End > q.Span.Start {
				fail("Find(%q): quotes %v and %v at depth %d overlap", ct, prev.Span, q.Span, q.Depth)
			}
		}
		last = append(last[:q.Depth], i)
		if parent >= 0 && !qs[parent].Content.Contains(q.Span) {
			fail("Find(%q): quote %v not inside its parent's content %v", ct, q.Span, qs[parent].Content)
		}
		if parents[i] != parent {
			fail("Parents(Find(%q))[%d] = %d, want %d", ct, i, parents[i], parent)
		}
		// Parent scans back to its answer; check it where that is cheap,
		// since hostile text can give a quote a million children.
		if q.Depth == 0 || i-parent <= 64 {
			if p := Parent(qs, i); p != parent {
				fail("Parent(Find(%q), %d) = %d, want %d", ct, i, p, parent)
			}
		}
	}
}

// paragraphBreaks counts the runs of white space holding a line break in s.
func paragraphBreaks(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if !isSpaceByte(s[i]) {
			i++
			continue
		}
		brk := false
		for ; i < len(s) && isSpaceByte(s[i]); i++ {
			brk = brk || s[i] == '\n' || s[i] == '\r'
		}
		if brk {
			n++
		}
	}
	return n
}

// clip shortens s for error messages.
func clip(s string) string {
	if len(s) > 200 {
		return s[:100] + "…" + s[len(s)-100:]
	}
	return s
}

// checkFind runs Find and AppendQuotes on text and checks the results.
func checkFind(t *testing.T, text string) []Quote {
	t.Helper()
	qs := Find(text)
	checkInvariants(t, text, qs)
	dst := []Quote{{Span: Span{-1, -2}, Kind: Title}, {Depth: 7}}
	head := slices.Clone(dst)
	got := AppendQuotes(dst, text)
	assert.True(t, slices.Equal(got[:len(head)], head) && slices.Equal(got[len(head):], qs), "AppendQuotes(dst, %q) differs from dst + Find", clip(text))
	return qs
}

// hostile are seeds that have broken quote finders before.
var hostile = []string{
	"", `"`, `""`, `"""`, `''`, `'''`, `''''`, "``", "```''", "“", "”", "‘", "’", "«»", "‹›", "„", "„“",
	"\"\n\"", "“\n“\n“", "‘\n\n‘", "\"a\r\n\r\n\"b", "''a\n''b''", "'a'a'a'a", " 'a 'a 'a", "a' a' a'",
	"“‘“‘“‘", "”’”’", "\xe2", "\xe2\x80", "\xe2\x80\x9c", "\xc2", "\xc2\xab", "\xff\"\xff\"", "\"\xe2\x80\"",
	"rock 'n' roll '90s 'em 'tis", `"a 'b "c 'd "e" f' g" h' i"`, "“ ” “ ”", `" " " "`,
	"\"\t \n \t\"", "a\n\n\n", "\"a \n", "'a \n", `''He said, 'No.''' she said.`,
}

func FuzzFind(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "*.txt"))
	require.NoError(f, err)
	for _, name := range files {
		b, err := os.ReadFile(name)
		require.NoError(f, err)
		f.Add(string(b))
	}
	for _, s := range hostile {
		f.Add(s)
	}
	for _, tt := range findTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkFind(t, text)
	})
}

// linearInputs are inputs that make naive quote finders quadratic or deeply
// recursive, of about n bytes.
var linearInputs = []struct {
	name string
	make func(n int) string
}{
	{"straight marks", func(n int) string { return strings.Repeat(`"`, n) }},
	{"curly openers", func(n int) string { return strings.Repeat("“", n/3) }},
	{"curly closers", func(n int) string { return strings.Repeat("”", n/3) }},
	{"single openers", func(n int) string { return strings.Repeat("‘", n/3) }},
	{"apostrophes", func(n int) string { return strings.Repeat("'", n) }},
	{"backticks", func(n int) string { return strings.Repeat("`", n) }},
	{"guillemets", func(n int) string { return strings.Repeat("«", n/2) }},
	{"unclosed quotes", func(n int) string { return strings.Repeat("She said “we will ", n/200) }},
	{"unclosed quotes per line", func(n int) string { return strings.Repeat("She said “we will\n", n/200) }},
	{"unclosed singles", func(n int) string { return strings.Repeat("She said ‘we will ", n/200) }},
	{"alternating apostrophes", func(n int) string { return strings.Repeat("'a", n/2) }},
	{"alternating marks", func(n int) string { return strings.Repeat(`"a“b”c‘d’e'f«g»`, n/32) }},
	{"spaced apostrophes", func(n int) string { return strings.Repeat(" 'a", n/4) }},
	{"quoted apostrophes", func(n int) string { return strings.Repeat("'a' ", n/16) }},
	{"apostrophe long words", func(n int) string { return strings.Repeat(" '"+strings.Repeat("a", 1000), n/1000) }},
	{"nested", func(n int) string { return strings.Repeat("“a ‘b ", n/16) }},
	{"nested closed", func(n int) string { return strings.Repeat("“a ‘b ", 8) + strings.Repeat("c’ d” ", n/16) }},
	{"nested deep", func(n int) string {
		return strings.Repeat(strings.Repeat("“a ‘b ", MaxDepth)+strings.Repeat("c’ d” ", MaxDepth), n/(24*MaxDepth))
	}},
	{"many paragraphs", func(n int) string { return strings.Repeat("“a\n\n", n/8) }},
	{"many single paragraphs", func(n int) string { return strings.Repeat("‘a\n", n/8) }},
	{"many short quotes", func(n int) string { return strings.Repeat(`"a" `, n/16) }},
	{"empty quotes", func(n int) string { return strings.Repeat(`"".`, n/8) }},
	{"spaces", func(n int) string { return `"` + strings.Repeat(" ", n) + `"` }},
	{"spaces unclosed", func(n int) string { return strings.Repeat(`"a`+strings.Repeat(" ", 1000)+"\n", n/1000) }},
	{"spaces before closers", func(n int) string { return strings.Repeat("“a ‘b"+strings.Repeat(" ", 100)+"” ", n/128) }},
	{"line breaks", func(n int) string { return "“" + strings.Repeat("\n", n) }},
	{"crlf", func(n int) string { return strings.Repeat("“a\r\n", n/6) }},
	{"old mac", func(n int) string { return strings.Repeat("“a\r\r", n/6) }},
	{"long word", func(n int) string { return "“" + strings.Repeat("a", n) + "”" }},
	{"invalid utf8", func(n int) string { return strings.Repeat("\xe2\x80\"\xff\xe2\x80\x9c\xc2", n/8) }},
	{"nul and controls", func(n int) string { return strings.Repeat("\x00\"\x01a\x1b'\x7f", n/8) }},
	{"byte order marks", func(n int) string { return strings.Repeat("\ufeff“\ufeff", n/9) }},
}

// linearSize is the size of the smaller input of TestLinear.
func linearSize() int {
	if testing.Short() || raceEnabled {
		return 256 << 10
	}
	return 1 << 20
}

// findSteps returns the steps that Find takes on text.
func findSteps(text string) int {
	s := scanner{text: text}
	s.scan()
	return s.steps
}

// TestLinear feeds Find the linearInputs at 1 MB and 2 MB (less under
// -short and the race detector). It checks the
// invariants, and that Find's steps grow no faster than its input: the
// steps count the bytes and the open quotes that Find visits. It asserts no
// timing; BenchmarkHostile gives the times.
func TestLinear(t *testing.T) {
	for _, tt := range linearInputs {
		t.Run(tt.name, func(t *testing.T) {
			small, big := tt.make(linearSize()), tt.make(2*linearSize())
			checkFind(t, small)
			checkFind(t, big)
			s1, s2 := findSteps(small), findSteps(big)
			want := 2.2 * float64(s1) * float64(len(big)) / float64(2*len(small))
			assert.LessOrEqual(t, float64(s2), want, "Find takes %d steps for %d bytes and %d for %d bytes", s1, len(small), s2, len(big))
			assert.LessOrEqual(t, s1, 4*len(small)+64, "Find's steps for %d bytes", len(small))
		})
	}
}
