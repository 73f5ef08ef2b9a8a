package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/internal/view/viewtest"
)

// TestHTML checks -format html against -format json on the test article, in
// each offset unit: every statement is marked exactly once, with the
// speaker, kind and offsets of the JSON output, and so are its fragments,
// its cue and its speaker's mention.
func TestHTML(t *testing.T) {
	for _, unit := range []string{"runes", "bytes", "utf16"} {
		t.Run(unit, func(t *testing.T) {
			jsonOut, stderr, st := runCmd(t, command{}, "", "-format", "json", "-offsets", unit, article)
			require.Zero(t, st, stderr)
			var want schema.Article
			require.NoError(t, json.Unmarshal([]byte(jsonOut), &want))
			require.NotEmpty(t, want.Quotes)

			out, stderr, st := runCmd(t, command{}, "", "-format", "html", "-offsets", unit, article)
			require.Zero(t, st, stderr)
			p, err := viewtest.Parse(strings.NewReader(out))
			require.NoError(t, err)
			require.Len(t, p.Articles, 1)
			a := p.Articles[0]
			assert.Equal(t, want.ID, a.ID)
			assert.Equal(t, unit, a.Offsets)

			assertMarked(t, want, a)
		})
	}
}

// assertMarked checks that the article a of a page marks every statement
// of the record want exactly once, with its speaker, kind, offsets and
// text, and so its fragments, its cue and its speaker's mention.
func assertMarked(t *testing.T, want schema.Article, a viewtest.Article) {
	t.Helper()
	type span struct{ start, end int }
	marked := map[string]map[span][]viewtest.Mark{} // role → span → marks
	for _, m := range a.Marks {
		if m.Cont {
			continue
		}
		if marked[m.Role()] == nil {
			marked[m.Role()] = map[span][]viewtest.Mark{}
		}
		s := span{m.Start, m.End}
		marked[m.Role()][s] = append(marked[m.Role()][s], m)
	}
	for i, q := range want.Quotes {
		who := ""
		if q.Speaker != nil {
			who = q.Speaker.Name
		}
		var mine []viewtest.Mark
		for _, m := range marked["st"][span{q.Start, q.End}] {
			if strings.Contains(" "+m.Q+" ", " "+strconv.Itoa(i)+" ") {
				mine = append(mine, m)
			}
		}
		require.Len(t, mine, 1, "statement %d %q is marked once", i, q.Text)
		m := mine[0]
		assert.Equal(t, who, m.Speaker, "statement %d", i)
		assert.Equal(t, q.Kind, m.Kind, "statement %d", i)
		assert.Equal(t, q.Text, m.Text, "statement %d's element holds its text", i)
		for _, f := range q.Fragments {
			assert.Len(t, marked["fr"][span{f.Start, f.End}], 1, "fragment %q of statement %d", f.Text, i)
		}
		if q.Cue != nil {
			cues := marked["cue"][span{q.Cue.Start, q.Cue.End}]
			if assert.Len(t, cues, 1, "cue of statement %d", i) {
				assert.Equal(t, q.Cue.Text, cues[0].Text)
				assert.Contains(t, " "+cues[0].Q+" ", " "+strconv.Itoa(i)+" ")
			}
		}
		if q.Speaker != nil && q.Speaker.Mention != nil {
			men := marked["men"][span{q.Speaker.Mention.Start, q.Speaker.Mention.End}]
			if assert.Len(t, men, 1, "mention of statement %d", i) {
				assert.Equal(t, who, men[0].Speaker)
				assert.Equal(t, q.Speaker.Mention.Text, men[0].Text)
			}
		}
	}
	n := 0
	for _, ms := range marked["st"] {
		n += len(ms)
	}
	assert.Equal(t, len(want.Quotes), n, "no other statement is marked")
}

// TestHTMLRecords checks that a page holds one article per input record, in
// input order whatever -j is, error records and articles with no statement
// included, with HTML in the input shown as text.
func TestHTMLRecords(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","text":"\"We will win,\" Ann Bell said."}`,
		`{"id":"quiet","text":"Nothing was said here."}`,
		`{"id":"bad","text":null}`,
		`not json`,
		`{"id":"<script>alert(1)</script>","text":"<script>alert(2)</script> \"<b>No</b>,\" she said. <img src=x onerror=alert(3)>"}`,
		`{"id":"b","text":"Bob Cole said the plan was sound."}`,
	}, "\n")
	for _, j := range []string{"1", "4"} {
		out, stderr, st := runCmd(t, command{}, in, "-format", "html", "-j", j)
		assert.Equal(t, 1, st, "status with error records")
		assert.Contains(t, stderr, "2 of 6 records failed")
		p, err := viewtest.Parse(strings.NewReader(out))
		require.NoError(t, err)
		var ids []string
		for _, a := range p.Articles {
			ids = append(ids, a.ID)
		}
		assert.Equal(t, []string{"a", "quiet", "bad", "stdin:4", "<script>alert(1)</script>", "b"}, ids, "-j %s", j)
		assert.Contains(t, p.Articles[2].Error, `stdin:3: "text" is null`)
		assert.Contains(t, p.Articles[3].Error, "stdin:4: not JSON")
		assert.Equal(t, "No statements found · offsets in runes", p.Articles[1].Summary)
		assert.Equal(t, `<script>alert(2)</script> "<b>No</b>," she said. <img src=x onerror=alert(3)>`, p.Articles[4].Text)
		assert.Len(t, p.Scripts, 1, "only the page's own script")
		assert.Empty(t, p.Handlers)
		assert.Zero(t, p.Elements["img"]+p.Elements["b"])
		require.NotEmpty(t, p.Articles[0].Marks)
		assert.True(t, strings.HasSuffix(out, "</html>\n"), "the page is closed")
	}
	// No input at all: still a whole page.
	out, _, st := runCmd(t, command{}, "", "-format", "html", "-input", "jsonl")
	assert.Zero(t, st)
	assert.True(t, strings.HasPrefix(out, "<!DOCTYPE html>") && strings.HasSuffix(out, "</html>\n"), out)
}

// TestHTMLArticleLimit checks that -format html takes articles up to a
// sixteenth of the article limit, and gives a larger one an error record in
// the page, which goes on with the next article.
func TestHTMLArticleLimit(t *testing.T) {
	c := command{maxArticle: 16 * 200}
	small := `Ann Bell said the ferry would run again on Monday.`
	large := strings.Repeat(small+" ", 5) // 255 bytes: over 200, under 3,200
	in := `{"id":"large","text":` + strconv.Quote(large) + "}\n" + `{"id":"small","text":` + strconv.Quote(small) + "}\n"
	for _, format := range []string{"html", "jsonl"} {
		out, _, st := runCmd(t, c, in, "-format", format)
		if format == "jsonl" {
			require.Zero(t, st, "jsonl keeps the whole limit")
			assert.NotContains(t, out, `"error"`)
			continue
		}
		assert.Equal(t, 1, st, "a record failed")
		p, err := viewtest.Parse(strings.NewReader(out))
		require.NoError(t, err)
		require.Len(t, p.Articles, 2, "every record has its entry")
		assert.Equal(t, "large", p.Articles[0].ID)
		assert.Contains(t, p.Articles[0].Error, "over the 200-byte limit")
		assert.Equal(t, "small", p.Articles[1].ID)
		assert.Empty(t, p.Articles[1].Error)
		assert.NotEmpty(t, p.Articles[1].Marks)
	}
}
