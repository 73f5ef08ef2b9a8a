package speakers

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/whosaid/whosaid/quotes"
)

// hostileInput builds one input of about n units (a unit is a few to a few
// dozen bytes), for the linearity tests and benchmarks.
type hostileInput struct {
	name string
	make func(n int) string
}

// readArticle returns the test article.
func readArticle(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("../testdata/dw-raimondo-beijing-2023.txt")
	require.NoError(tb, err)
	return string(b)
}

// repeatTo repeats s until the result has at least n bytes.
func repeatTo(s string, n int) string {
	return strings.Repeat(s, (n+len(s)-1)/len(s))
}

// fakeName returns a distinct capitalised word for k, such as "Bacoda".
func fakeName(k int) string {
	const cons, vows = "bcdfghjklmnprstvz", "aeiou"
	var b strings.Builder
	b.WriteByte("BCDFGHJKLMNPRSTVZ"[k%len(cons)])
	k /= len(cons)
	for i := 0; i < 4 || k > 0; i++ {
		b.WriteByte(vows[k%len(vows)])
		k /= len(vows)
		b.WriteByte(cons[k%len(cons)])
		k /= len(cons)
	}
	return b.String()
}

// hostileInputs are the inputs of issue 5 and the speaker-specific ones
// that made Attribute grow faster than its input. The article is the test
// article; n is a count of units of the input.
func hostileInputs(article string) []hostileInput {
	by := func(unit string) func(int) string {
		return func(n int) string { return strings.Repeat(unit, n) }
	}
	return []hostileInput{
		// The inputs of issue 5.
		{"invalid-utf8", by("\xff\xfe Raimondo said \"\x80\xc3 we \xe2\x80 will\" \xed\xa0\x80. ")},
		{"nul-control", by("\x00Raimondo\x01 said\x1b[0m \"we\x00 will\x7f.\"\x08\v\f ")},
		{"bom-crlf", func(n int) string {
			return "\ufeff" + repeatTo(strings.ReplaceAll(article, "\n", "\r\n"), 16*n)
		}},
		{"old-mac-cr", func(n int) string {
			return repeatTo(strings.ReplaceAll(article, "\n", "\r"), 16*n)
		}},
		{"no-newline", func(n int) string {
			return repeatTo(strings.ReplaceAll(article, "\n", " "), 16*n)
		}},
		{"straight-marks", by(`"""""""""""""""""""""""""""""""`)},
		{"curly-marks", by("““““““““““““““““““““")},
		{"alternating", by(`"a"b“c”d‘e’f'g'h«i»`)},
		{"nested", func(n int) string {
			return strings.Repeat("“a ‘b «c ‹d „e ``f ", n/8+1) + strings.Repeat("f'' e“ d› c» b’ a” ", n/8+1)
		}},
		{"unclosed", by(`She said “we will `)},
		{"unclosed-lines", by("She said “we will\n")},
		// The speakers' own.
		{"repeated-name", func(n int) string {
			return "Gina Raimondo spoke. " + strings.Repeat("Raimondo said. ", n)
		}},
		{"repeated-full-name", by("Gina Raimondo said. ")},
		{"distinct-names", func(n int) string {
			var b strings.Builder
			for k := range n / 2 {
				fmt.Fprintf(&b, "%s Smith said. Smith said. ", fakeName(k))
			}
			return b.String()
		}},
		{"distinct-given", func(n int) string {
			var b strings.Builder
			for k := range n / 2 {
				fmt.Fprintf(&b, "John %s told us. John said it. ", fakeName(k))
			}
			return b.String()
		}},
		{"he-said", func(n int) string {
			return "Gina Raimondo spoke. " + strings.Repeat(`"We will," he said. She said so. `, n/2)
		}},
		{"the-minister", func(n int) string {
			return "Commerce Minister Wang Wentao spoke. " + strings.Repeat("The minister said it would. ", n)
		}},
		{"many-ministers", func(n int) string {
			var b strings.Builder
			for k := range n / 2 {
				fmt.Fprintf(&b, "Trade Minister %s Lee met us. The minister said it would. ", fakeName(k))
			}
			return b.String()
		}},
		{"many-titles", func(n int) string {
			var b strings.Builder
			for k := range n {
				fmt.Fprintf(&b, "said Tomas Berg, the %s minister. ", strings.ToLower(fakeName(k)))
			}
			return b.String()
		}},
		{"long-sentence", by("the talks went on and on ")},
		{"cues-one-sentence", by("he said she told ")},
		{"cues-then-commas", func(n int) string {
			return strings.Repeat("he said ", n) + strings.Repeat(",", 4*n) + "."
		}},
		{"capitalised-run", by("Aaa Bbb Secretary ")},
		{"titles-run", by("minister Secretary Raimondo said ")},
		{"quotes-one-sentence", by(`he said "a" `)},
	}
}

// sized returns h's input with about size bytes.
func (h hostileInput) sized(size int) string {
	unit := len(h.make(1000))
	return h.make(max(1, size*1000/unit))
}

// work attributes text and returns a measure of the work done: the bytes
// read plus the steps of the scans that are not a single pass over the text.
func work(text string) (int, Result) {
	d := newDoc(text, quotes.Find(text))
	d.run()
	r := d.result(0)
	return len(text) + len(d.toks) + d.steps, r
}

// allocBytes returns the allocations and bytes allocated by one call of f.
func allocBytes(f func()) (allocs, bytes uint64) {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	f()
	runtime.ReadMemStats(&m1)
	return m1.Mallocs - m0.Mallocs, m1.TotalAlloc - m0.TotalAlloc
}

// linearSize is the size of the smaller input of TestLinear.
func linearSize() int {
	if testing.Short() || raceEnabled {
		return 64 << 10
	}
	return 256 << 10
}

// TestLinear checks that Attribute's work grows linearly with its input on
// hostile text: doubling an input at most about doubles the steps counted,
// the allocations and the bytes allocated. It asserts no timing; see
// BenchmarkHostile for the time.
func TestLinear(t *testing.T) {
	article := readArticle(t)
	Attribute(article) // load the word lists
	size := linearSize()
	for _, h := range hostileInputs(article) {
		t.Run(h.name, func(t *testing.T) {
			small, big := h.sized(size), h.sized(2*size)
			var w1, w2 int
			var r1, r2 Result
			a1, b1 := allocBytes(func() { w1, r1 = work(small) })
			a2, b2 := allocBytes(func() { w2, r2 = work(big) })
			checkInvariants(t, small, r1)
			checkInvariants(t, big, r2)
			// Twice the work, and room for slices that grow by doubling:
			// their bytes may land anywhere from 2 to 3 times as many.
			ratio := func(what string, x1, x2 float64) {
				most := 2.5
				if what == "bytes allocated" {
					most = 3
				}
				if x1 > 0 {
					assert.LessOrEqual(t, x2/x1, most*float64(len(big))/float64(2*len(small)), "%s: %d bytes: %s %.0f; %d bytes: %.0f", h.name, len(small), what, x1, len(big), x2)
				}
			}
			ratio("steps", float64(w1), float64(w2))
			ratio("allocations", float64(a1), float64(a2))
			ratio("bytes allocated", float64(b1), float64(b2))
			assert.LessOrEqual(t, w1, 64*len(small), "%s: steps for %d bytes", h.name, len(small))
		})
	}
}

// BenchmarkHostile measures Attribute on each hostile input at 1 MiB and
// at 2 MiB: the time per op of 2x should be about twice that of 1x.
func BenchmarkHostile(b *testing.B) {
	article := readArticle(b)
	Attribute(article)
	for _, h := range hostileInputs(article) {
		for k, size := range []int{1 << 20, 2 << 20} {
			text := h.sized(size)
			b.Run(fmt.Sprintf("%s/%dx", h.name, k+1), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					Attribute(text)
				}
			})
		}
	}
}

// hugeSize is the size of the article of TestHugeArticle: 20 MB, the size
// issue 5 asks for, or less under the race detector and -short.
func hugeSize() int {
	if testing.Short() || raceEnabled {
		return 4 << 20
	}
	return 20 << 20
}

// TestHugeArticle attributes one article of 20 MB, made of the test articles
// and hostile text, and checks the result against the invariants.
func TestHugeArticle(t *testing.T) {
	files, err := filepath.Glob("../testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files, "no test articles")
	var parts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		parts = append(parts, string(b))
	}
	for _, h := range hostileInputs(parts[0]) {
		parts = append(parts, h.sized(4<<10)+"\n\n")
	}
	text := repeatTo(strings.Join(parts, "\n\n"), hugeSize())
	r := Attribute(text)
	checkInvariants(t, text, r)
	assert.GreaterOrEqual(t, len(r.Attributions), len(text)>>12, "Attribute(%d bytes): want about one statement per 1 KB", len(text))
}

// TestConcurrent attributes articles from many goroutines at once, with
// one shared Attributor and with the zero value, and compares the results
// with those of one goroutine. Run it with -race.
func TestConcurrent(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*.txt")
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	for _, h := range hostileInputs(texts[0]) {
		texts = append(texts, h.sized(2<<10))
	}
	// A text of three windows, whose first window's tokens go back to the
	// pool while the call goes on.
	texts = append(texts, repeatTo(texts[0]+"\n\n", 100<<10))
	want := make([]Result, len(texts))
	for i, text := range texts {
		want[i] = Attribute(text)
	}
	shared := &Attributor{}
	const goroutines = 16
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range texts {
				i := (k + g) % len(texts) // each goroutine starts elsewhere
				var got Result
				if g%2 == 0 {
					got = shared.Attribute(texts[i])
				} else {
					var zero Attributor
					got = zero.Attribute(texts[i])
				}
				// assert, not require: this is not the test's goroutine
				assert.Equal(t, want[i], got, "goroutine %d: Attribute(text %d) differs from the result on one goroutine", g, i)
			}
		}()
	}
	wg.Wait()
}
