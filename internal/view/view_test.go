package view

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/internal/view/viewtest"
	"github.com/whosaid/whosaid/speakers"
)

const dwPath = "../../testdata/dw-raimondo-beijing-2023.txt"

// page renders arts as a page and parses it back.
func page(t *testing.T, arts ...Page) *viewtest.Page {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, Options{}, arts))
	p, err := viewtest.Parse(&buf)
	require.NoError(t, err)
	return p
}

// byteOffset returns the byte offset in text of off, counted in unit.
func byteOffset(text, unit string, off int) int {
	if unit == "bytes" {
		return off
	}
	n := 0
	for i, r := range text {
		if n >= off {
			return i
		}
		n++
		if unit == "utf16" && utf16.RuneLen(r) == 2 {
			n++
		}
	}
	return len(text)
}

// TestStatements checks, in each offset unit, that every statement of the
// test article is marked exactly once, with the speaker, kind and offsets
// of the JSON output, and that its offsets slice the page's text to the
// element's own text; likewise for every fragment, cue and mention.
func TestStatements(t *testing.T) {
	raw, err := os.ReadFile(dwPath)
	require.NoError(t, err)
	text := string(raw)
	r := speakers.Attribute(text)
	require.NotEmpty(t, r.Attributions)
	for _, unit := range []string{"runes", "bytes", "utf16"} {
		t.Run(unit, func(t *testing.T) {
			want := schema.New("dw", text, unit, r)
			p := page(t, Page{ID: "dw", Text: text, Unit: unit, Result: r})
			require.Len(t, p.Articles, 1)
			a := p.Articles[0]
			assert.Equal(t, "dw", a.ID)
			assert.Equal(t, unit, a.Offsets)
			require.Equal(t, text, a.Text, "the text element holds the article")

			type key struct {
				role, kind, speaker string
				start, end          int
			}
			var got, exp []key
			texts := map[key]string{}
			for _, m := range a.Marks {
				require.GreaterOrEqual(t, m.Start, 0)
				require.LessOrEqual(t, m.Start, m.End)
				if m.Cont {
					texts[key{m.Role(), m.Kind, m.Speaker, m.Start, m.End}] += m.Text
					continue
				}
				k := key{m.Role(), m.Kind, m.Speaker, m.Start, m.End}
				got = append(got, k)
				texts[k] += m.Text
				// The offsets slice the text to the element's text.
				s, e := byteOffset(text, unit, m.Start), byteOffset(text, unit, m.End)
				assert.Equal(t, m.At, s, "%s %q starts at byte %d", m.Role(), m.Text, m.At)
				assert.True(t, strings.HasPrefix(text[s:e], m.Text), "%s %d:%d slices %q, element holds %q", m.Role(), m.Start, m.End, text[s:e], m.Text)
			}
			for k, s := range texts {
				from, to := byteOffset(text, unit, k.start), byteOffset(text, unit, k.end)
				assert.Equal(t, text[from:to], s, "the pieces of %v hold its text", k)
			}
			for _, q := range want.Quotes {
				who := ""
				if q.Speaker != nil {
					who = q.Speaker.Name
					if q.Cue != nil {
						exp = append(exp, key{"cue", "cue", who, q.Cue.Start, q.Cue.End})
					}
				} else if q.Cue != nil {
					exp = append(exp, key{"cue", "cue", "", q.Cue.Start, q.Cue.End})
				}
				exp = append(exp, key{"st", q.Kind, who, q.Start, q.End})
				for _, f := range q.Fragments {
					exp = append(exp, key{"fr", "quoted", who, f.Start, f.End})
				}
			}
			for _, s := range want.Speakers {
				for _, m := range s.Mentions {
					exp = append(exp, key{"men", "mention", s.Name, m.Start, m.End})
				}
			}
			// Nested quotes are drawn too; the test article has none.
			less := func(ks []key) func(i, j int) bool {
				return func(i, j int) bool { return fmt.Sprint(ks[i]) < fmt.Sprint(ks[j]) }
			}
			sort.Slice(got, less(got))
			sort.Slice(exp, less(exp))
			exp = dedupKeys(exp)
			assert.Equal(t, exp, got)

			// Statements in JSON order carry their index, and are focusable.
			var sts []viewtest.Mark
			for _, m := range a.Marks {
				if m.Role() == "st" && !m.Cont {
					sts = append(sts, m)
				}
			}
			require.Len(t, sts, len(want.Quotes))
			for i, m := range sts {
				assert.Equal(t, strconv.Itoa(i), m.Q)
				assert.Equal(t, "0", m.Tabindex)
				assert.Contains(t, m.Tip, want.Quotes[i].Rule)
				assert.Contains(t, m.Tip, " · "+want.Quotes[i].Act+" · ", "the tip names the act")
			}
			// The speaker list: one entry per speaker, with the count.
			require.Len(t, a.Speakers, len(want.Speakers))
			for i, s := range want.Speakers {
				assert.Equal(t, s.Name, a.Speakers[i].Name)
				assert.Contains(t, a.Speakers[i].Meta, s.Kind)
			}
			assert.Equal(t, strconv.Itoa(len(want.Quotes))+" statements · offsets in "+unit, a.Summary)
		})
	}
}

func dedupKeys[T comparable](ks []T) []T {
	out := ks[:0]
	for i, k := range ks {
		if i == 0 || k != ks[i-1] {
			out = append(out, k)
		}
	}
	return out
}

// TestHostile checks that HTML in an article, its id, a speaker's name or an
// error is shown as text: the only script is the page's own, no element
// carries an event handler, and the text reads back unchanged.
func TestHostile(t *testing.T) {
	const evil = `<script>document.body.setAttribute("data-pwned","1")</script>`
	text := "Hello " + evil + " she said. <img src=x onerror=alert(1)> </div></article><script>alert(2)</script>\n" +
		`"<b>Bold</b> & <!-- comment --> <style>body{display:none}</style>," Ann Bell said. <iframe src="http://example.com"></iframe>` + "\n" +
		`]]> <![CDATA[ x ]]> &amp; &lt;script&gt; <plaintext> </textarea> <svg onload=alert(3)>`
	r := speakers.Attribute(text)
	require.NotEmpty(t, r.Attributions, "the article has a statement to draw")
	// A speaker whose name is HTML, too.
	r.Speakers = append(r.Speakers, speakers.Speaker{Name: `"><script>alert(4)</script>`, Titles: []string{`<i onmouseover=alert(5)>x</i>`}})
	r.Attributions = append(r.Attributions, speakers.Attribution{Content: speakers.Span{Start: 6, End: 6 + len(evil)}, Speaker: len(r.Speakers) - 1, Rule: `"><script>alert(6)</script>`})
	id := `<script>alert(7)</script>.txt`
	p := page(t,
		Page{ID: id, Text: text, Unit: "runes", Result: r},
		Page{ID: `<img src=x onerror=alert(8)>`, Err: errors.New(`bad <script>alert(9)</script>`)},
	)
	require.Len(t, p.Scripts, 1, "only the page's own script")
	assert.Equal(t, pageJS, p.Scripts[0])
	assert.Empty(t, p.Handlers, "no event handler attributes")
	for _, tag := range []string{"img", "iframe", "svg", "b", "i", "plaintext", "textarea"} {
		assert.Zero(t, p.Elements[tag], "no %s element", tag)
	}
	assert.Equal(t, 1, p.Elements["style"], "only the page's own style")
	require.Len(t, p.Articles, 2)
	assert.Equal(t, id, p.Articles[0].ID)
	assert.Equal(t, text, p.Articles[0].Text)
	assert.Equal(t, `"><script>alert(4)</script>`, p.Articles[0].Speakers[len(p.Articles[0].Speakers)-1].Name)
	assert.Equal(t, `<img src=x onerror=alert(8)>`, p.Articles[1].ID)
	assert.Equal(t, `bad <script>alert(9)</script>`, p.Articles[1].Error)
}

// TestNesting draws marks that nest and overlap and checks that each is one
// element, or pieces whose texts join to its span, with offsets converted.
func TestNesting(t *testing.T) {
	sp := func(s, e int) speakers.Span { return speakers.Span{Start: s, End: e} }
	// 0         1         2         3         4         5
	// 0123456789012345678901234567890123456789012345678901234567
	text := `Ann Bell said that "Bob Cole said 'no' today" and then she left.`
	tests := []struct {
		name   string
		r      speakers.Result
		pieces map[string]int // text of a mark drawn in pieces → how many; others are one
	}{{
		name: "statement in statement, mention and cue inside",
		r: speakers.Result{
			Speakers: []speakers.Speaker{
				{Name: "Ann Bell", Kind: speakers.Person, Mentions: []speakers.Span{sp(0, 8)}},
				{Name: "Bob Cole", Kind: speakers.Person, Mentions: []speakers.Span{sp(20, 28)}},
			},
			Attributions: []speakers.Attribution{
				{Content: sp(14, 44), Kind: speakers.Mixed, Fragments: []speakers.Span{sp(19, 44)}, Cue: sp(9, 13), Speaker: 0, Mention: sp(0, 8), Rule: "cue-before", Confidence: 0.9},
				{Content: sp(34, 38), Kind: speakers.Direct, Cue: sp(29, 33), Speaker: 1, Mention: sp(20, 28), Rule: "cue-before", Confidence: 0.9},
			},
		},
	}, {
		name: "a mention straddles a statement's end; equal spans",
		r: speakers.Result{
			Speakers: []speakers.Speaker{{Name: "Ann Bell", Mentions: []speakers.Span{sp(40, 52)}}},
			Attributions: []speakers.Attribution{
				{Content: sp(19, 45), Kind: speakers.Direct, Speaker: -1, Rule: "no-speaker"},
				{Content: sp(19, 45), Kind: speakers.Indirect, Fragments: []speakers.Span{sp(19, 45)}, Cue: sp(9, 13), Speaker: 0, Rule: "subject"},
				{Content: sp(46, 64), Kind: speakers.Indirect, Cue: sp(9, 13), Speaker: 0, Rule: "continuation"},
			},
		},
		// The mention starts in the statements and ends in the next: it is
		// cut where they end, and the next statement where it ends.
		pieces: map[string]int{"oday\" and th": 2, "and then she left.": 2},
	}, {
		name: "out of range and empty spans are not drawn",
		r: speakers.Result{
			Speakers:     []speakers.Speaker{{Name: "X", Mentions: []speakers.Span{sp(3, 3), sp(60, 61)}}},
			Attributions: []speakers.Attribution{{Content: sp(0, 0), Speaker: 0}},
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, unit := range []string{"bytes", "utf16"} {
				txt := text
				if unit == "utf16" {
					txt = strings.Replace(text, "Ann", "Añn", 1) // shifts offsets, same layout
					shift := func(s speakers.Span) speakers.Span {
						if s.Start > 1 {
							s.Start++
						}
						if s.End > 1 {
							s.End++
						}
						return s
					}
					r := deepCopy(tc.r)
					for i := range r.Attributions {
						a := &r.Attributions[i]
						a.Content, a.Cue, a.Mention = shift(a.Content), shift(a.Cue), shift(a.Mention)
						for k := range a.Fragments {
							a.Fragments[k] = shift(a.Fragments[k])
						}
					}
					for i := range r.Speakers {
						for k := range r.Speakers[i].Mentions {
							r.Speakers[i].Mentions[k] = shift(r.Speakers[i].Mentions[k])
						}
					}
					checkNesting(t, txt, unit, r, tc.pieces)
					continue
				}
				checkNesting(t, txt, unit, tc.r, tc.pieces)
			}
		})
	}
}

func deepCopy(r speakers.Result) speakers.Result {
	out := speakers.Result{}
	for _, a := range r.Attributions {
		a.Fragments = append([]speakers.Span(nil), a.Fragments...)
		out.Attributions = append(out.Attributions, a)
	}
	for _, s := range r.Speakers {
		s.Mentions = append([]speakers.Span(nil), s.Mentions...)
		out.Speakers = append(out.Speakers, s)
	}
	return out
}

func checkNesting(t *testing.T, text, unit string, r speakers.Result, pieces map[string]int) {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Article(&buf, schema.New("x", text, unit, r), text, r))
	// Well nested: the parser builds as many spans as the markup opens,
	// and closes each where the markup does.
	_, markup, _ := strings.Cut(buf.String(), `<div class="text">`)
	opens, closes := strings.Count(markup, "<span"), strings.Count(markup, "</span>")
	require.Equal(t, opens, closes)
	p, err := viewtest.Parse(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	require.Len(t, p.Articles, 1)
	a := p.Articles[0]
	require.Equal(t, text, a.Text)
	require.Equal(t, opens, len(a.Marks), "every span the markup opens is one element:\n%s", buf.String())
	joined := map[string]string{}
	n := map[string]int{}
	for _, m := range a.Marks {
		s, e := byteOffset(text, unit, m.Start), byteOffset(text, unit, m.End)
		k := fmt.Sprint(m.Class, " ", m.Q, " ", m.Start, " ", text[s:e])
		joined[k] += m.Text
		n[k]++
		if m.Cont {
			assert.Empty(t, m.Tabindex, "a piece after the first is not a tab stop")
		}
		if m.Role() == "st" && m.Speaker == "" {
			assert.Equal(t, "st sx", m.Class, "a statement with no speaker is grey")
			assert.Empty(t, m.SI)
		}
	}
	for k, s := range joined {
		assert.True(t, strings.HasSuffix(k, " "+s), "pieces of %q join to %q", k, s)
	}
	for k, got := range n {
		want := 1
		for s, w := range pieces {
			if strings.HasSuffix(k, " "+s) {
				want = w
			}
		}
		assert.Equal(t, want, got, "pieces of %q", k)
	}
	// What cannot be drawn is not; what can is.
	for _, m := range a.Marks {
		assert.Less(t, m.Start, m.End)
		assert.LessOrEqual(t, m.End, utf8.RuneCountInString(text)+1)
	}
}

// TestRecords checks the article with no statement, the empty article, the
// error record, and text that HTML would not carry as is.
func TestRecords(t *testing.T) {
	text := "Line one.\r\nLine two,\rthree\x00 and a tab\t and \u00a0 and 🙂 end."
	p := page(t,
		Page{ID: "quiet", Text: text, Unit: "utf16"},
		Page{ID: "empty", Text: "", Unit: "runes"},
		Page{ID: "bad.jsonl:3", Err: errors.New("bad.jsonl:3: not JSON")},
	)
	require.Len(t, p.Articles, 3)
	assert.Equal(t, strings.ReplaceAll(text, "\x00", "\uFFFD"), p.Articles[0].Text, "CR kept; NUL, which HTML cannot hold, shown as U+FFFD")
	assert.Equal(t, "No statements found · offsets in utf16", p.Articles[0].Summary)
	assert.Empty(t, p.Articles[0].Marks)
	assert.Equal(t, "empty", p.Articles[1].ID)
	assert.Empty(t, p.Articles[1].Text)
	assert.Equal(t, "bad.jsonl:3: not JSON", p.Articles[2].Error)
	assert.Equal(t, "whosaid", p.Title)

	// A page with no article is a page.
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, Options{Title: "none"}, nil))
	assert.True(t, strings.HasSuffix(buf.String(), "</html>\n"))
}

// TestForm checks the form a server puts on the page.
func TestForm(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, Options{Form: &Form{Action: "/", Text: "\n</textarea><script>alert(1)</script>", Offsets: "utf16"}}, nil))
	p, err := viewtest.Parse(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	require.Len(t, p.Scripts, 1)
	assert.Equal(t, 1, p.Elements["form"])
	assert.Equal(t, 1, p.Elements["textarea"])
	ta := findTag(p.Root, "textarea")
	require.NotNil(t, ta)
	require.NotNil(t, ta.FirstChild)
	assert.Equal(t, "\n</textarea><script>alert(1)</script>", ta.FirstChild.Data, "the text box holds the text, first line break included")
	assert.Contains(t, buf.String(), `<option selected>utf16</option>`)
	assert.Contains(t, buf.String(), `enctype="multipart/form-data"`)
}

// TestPalette checks the colours against WCAG AA: the text on every
// background (statements and quoted words) at 4.5:1, and the dark colour of
// each speaker against white, which it carries as the kind label, at 4.5:1
// (it also draws lines, which need 3:1).
func TestPalette(t *testing.T) {
	hues := append(append([]hue(nil), palette...), grey)
	for i, h := range hues {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			assert.GreaterOrEqual(t, contrast(ink, h.light), 4.5, "text on %v", h.light)
			assert.GreaterOrEqual(t, contrast(ink, h.fragment()), 4.5, "text on %v", h.fragment())
			assert.GreaterOrEqual(t, contrast(paper, h.dark), 4.5, "white on %v", h.dark)
			assert.GreaterOrEqual(t, contrast(h.light, h.dark), 3.0, "line %v on %v", h.dark, h.light)
		})
	}
	// Speakers side by side are told apart: no two lights alike.
	for i := range palette {
		for j := i + 1; j < len(palette); j++ {
			assert.NotEqual(t, palette[i].light, palette[j].light)
		}
	}
	assert.InDelta(t, 21, contrast(0, 0xffffff), 0.01)
	assert.InDelta(t, 1, contrast(0x777777, 0x777777), 0.01)
}

func BenchmarkArticle(b *testing.B) {
	raw, err := os.ReadFile(dwPath)
	require.NoError(b, err)
	text := string(raw)
	r := speakers.Attribute(text)
	var buf bytes.Buffer
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Article(&buf, schema.New("dw", text, "runes", r), text, r); err != nil {
			b.Fatal(err)
		}
	}
}

func findTag(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findTag(c, tag); f != nil {
			return f
		}
	}
	return nil
}

// BenchmarkAttribute is the baseline of BenchmarkArticle: attributing the
// article that it draws.
func BenchmarkAttribute(b *testing.B) {
	raw, err := os.ReadFile(dwPath)
	require.NoError(b, err)
	text := string(raw)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		speakers.Attribute(text)
	}
}

// hostile are texts that stress the drawing: many nested quotes in
// statements, a sea of quotation marks, many speakers and mentions, and a
// text with many line breaks and carriage returns.
var hostile = map[string]string{
	"nested":   `"We said 'no' and 'never' and 'not now'," Ann Bell said. `,
	"marks":    `"'“‘«‹„ `,
	"speakers": "Ann Bell said the plan was sound. Bob Cole told reporters it was not. She said so. ",
	"lines":    "\"Yes,\" he said.\r\n\r\n",
}

// BenchmarkHostile draws each hostile text at 1 MB and 2 MB: the time per
// byte should stay the same.
func BenchmarkHostile(b *testing.B) {
	for _, name := range []string{"nested", "marks", "speakers", "lines"} {
		for _, size := range []int{1 << 20, 2 << 20} {
			text := strings.Repeat(hostile[name], size/len(hostile[name])+1)[:size]
			text = strings.ToValidUTF8(text, "")
			r := speakers.Attribute(text)
			rec := schema.New("h", text, "utf16", r)
			b.Run(fmt.Sprintf("%s/%dMB", name, size>>20), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					if err := Article(io.Discard, rec, text, r); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
