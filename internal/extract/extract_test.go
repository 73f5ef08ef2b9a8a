package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readPage(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../../testdata/" + name)
	require.NoError(t, err)
	return b
}

// TestNewsPage checks the test article wrapped in a news site's layout: the
// article's paragraphs are kept in order, with the headline first, and the
// menus, cookie banner, share buttons, caption, related stories, newsletter
// box and footer are left out.
func TestNewsPage(t *testing.T) {
	p, err := Extract(readPage(t, "dw-raimondo-beijing-2023.html"), "")
	require.NoError(t, err)
	assert.Equal(t, "US wants 'stable' ties with China, commerce secretary says", p.Title)
	assert.Equal(t, "Sarah Dietz", p.Author)
	assert.Equal(t, "2023-08-28", p.Date)
	assert.Equal(t, "https://news.example.org/en/us-wants-stable-ties-with-china-commerce-secretary-says/a-20230828", p.URL)

	// Every paragraph of the plain text's article is a paragraph of the
	// extracted text, in the same order.
	plain := string(readPage(t, "dw-raimondo-beijing-2023.txt"))
	paras := strings.Split(p.Text, "\n\n")
	at := 0
	for _, want := range strings.Split(plain, "\n\n") {
		want = strings.Join(strings.Fields(want), " ")
		if strings.Contains(want, "Skip to") || strings.Contains(want, "Image:") || want == "August 28, 2023" {
			continue // the plain text's boilerplate
		}
		i := indexOf(paras[at:], want)
		require.GreaterOrEqual(t, i, 0, "paragraph %q is missing or out of order in\n%s", want, p.Text)
		at += i + 1
	}
	assert.True(t, strings.HasPrefix(p.Text, p.Title+"\n\n"), "the headline opens the text")
	for _, junk := range []string{
		"Skip to", "cookies", "Accept all", "Germany", "Share on", "WhatsApp", "Copy link",
		"Andy Wong", "delegations in Beijing", "You might also like", "Related stories",
		"Biden says", "Xi Jinping tells", "Pelosi says", "newsletter", "Subscribe",
		"All rights reserved", "Semiconductors\n", "Search",
	} {
		assert.NotContains(t, p.Text, junk)
	}
	assert.NotContains(t, p.Text, "\n\n\n")
	assert.Equal(t, strings.TrimSpace(p.Text), p.Text)
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if strings.Join(strings.Fields(x), " ") == s {
			return i
		}
	}
	return -1
}

func TestPages(t *testing.T) {
	for _, tc := range []struct {
		name, page, url string
		err             string // an error that contains this, or "" for none
		want            []string
		reason          string
	}{
		{
			name:   "broken",
			page:   string(readPage(t, "broken.html")),
			want:   []string{"Ferry service to resume, council says\n\nThe island ferry will run again", `he had "rowed across twice" to fetch medicine.`, "The council said it would publish a new timetable next week."},
			reason: "unclosed tags and a cut-off end are read as a browser reads them, in order",
		},
		{
			name: "no article",
			page: string(readPage(t, "no-article.html")),
			err:  "no article found",
		},
		{name: "empty", page: "", err: "no article found"},
		{name: "not HTML", page: "\x00\x01\x02 binary \xff\xfe", err: "no article found"},
		{name: "only a title", page: "<title>Ferry service to resume</title>", err: "no article found"},
		{
			name:   "invalid UTF-8",
			page:   "<p>The island ferry \xff will run again from Monday, the county council said on Friday, after a month of repairs to the pier, said Maria Ostrowska on Friday.</p>",
			want:   []string{"ferry \uFFFD will run"},
			reason: "invalid bytes are replaced, so that the text is valid UTF-8",
		},
		{
			name:   "given URL",
			page:   string(readPage(t, "dw-raimondo-beijing-2023.html")),
			url:    "https://mirror.example.net/story",
			want:   []string{"Raimondo said that it was"},
			reason: "the URL passed wins over the page's canonical one",
		},
		{name: "bad URL", page: "<p>x</p>", url: "http://[::1", err: "bad page URL"},
		{
			name:   "pre and br",
			page:   "<article><p>" + strings.Repeat("The council said the ferry would run again. ", 4) + "<br>New line.</p><pre>a  b\n c</pre></article>",
			want:   []string{"again.\nNew line.", "a  b\n c"},
			reason: "a <br> is a line break; <pre> keeps its spaces",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := Extract([]byte(tc.page), tc.url)
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				if strings.Contains(tc.err, "no article") {
					assert.ErrorIs(t, err, ErrNoArticle)
				}
				return
			}
			require.NoError(t, err, tc.reason)
			for _, w := range tc.want {
				assert.Contains(t, p.Text, w, tc.reason)
			}
			if tc.url != "" {
				assert.Equal(t, tc.url, p.URL)
			}
		})
	}
}

// bigPage returns a page of about n bytes: the test article's layout with
// the article's paragraphs repeated, and a long comment section of links.
func bigPage(t testing.TB, n int) []byte {
	page := string(readPage(t, "dw-raimondo-beijing-2023.html"))
	start := strings.Index(page, `<div class="article-body">`)
	end := strings.Index(page, `<div class="share-bar share-bottom"`)
	require.True(t, start > 0 && end > start)
	body := page[start:end]
	var b strings.Builder
	b.WriteString(page[:end])
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "<section class=\"more\" id=\"s%d\">%s</section>\n<ul class=\"related\"><li><a href=\"/a/%d\">Related %d</a></li></ul>\n", i, body, i, i)
	}
	b.WriteString(page[end:])
	return []byte(b.String())
}

// TestBigPage checks that a 5 MB page is read whole, in reasonable time
// (measured, not asserted: see BenchmarkExtract).
func TestBigPage(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("5 MB page")
	}
	page := bigPage(t, 5<<20)
	start := time.Now()
	p, err := Extract(page, "")
	require.NoError(t, err)
	t.Logf("%d-byte page: %d bytes of text in %v", len(page), len(p.Text), time.Since(start))
	assert.Contains(t, p.Text, "Raimondo said that it was")
	assert.NotContains(t, p.Text, "cookies")
}

func BenchmarkExtract(b *testing.B) {
	for _, tc := range []struct {
		name string
		page []byte
	}{
		{"article", readPage(b, "dw-raimondo-beijing-2023.html")},
		{"5MB", bigPage(b, 5<<20)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.page)))
			b.ReportAllocs()
			for b.Loop() {
				_, err := Extract(tc.page, "")
				require.NoError(b, err)
			}
		})
	}
}

// TestHostilePages checks pages built to be slow: deep nesting, which
// html.Parse reads in quadratic time, is cut at MaxDepth with the text
// kept; wide pages stay linear. The times are logged, not asserted.
func TestHostilePages(t *testing.T) {
	para := strings.Repeat("Ana Ruiz said the ferry would run again on Monday after the repairs. ", 3)
	for _, tc := range []struct {
		name, page string
		want       string // in the text, or "" for no article
	}{
		{"100k nested divs", strings.Repeat("<div>", 100000) + para, "Ana Ruiz said"},
		{"100k nested divs, closed", strings.Repeat("<div>", 100000) + para + strings.Repeat("</div>", 100000) + "<p>" + para + "after</p>", "after"},
		{"50k nested spans", "<p>" + strings.Repeat("<span>", 50000) + para, "Ana Ruiz said"},
		{"50k nested b", strings.Repeat("<b>", 50000) + para, "Ana Ruiz said"},
		{"50k nested lists", strings.Repeat("<ul><li>", 50000) + para, "Ana Ruiz said"},
		{"50k nested tables", strings.Repeat("<table><tr><td>", 50000) + para, "Ana Ruiz said"},
		{"200k unclosed p", "<div>" + strings.Repeat("<p>"+para, 2000) + strings.Repeat("<p>short", 200000), "Ana Ruiz said"},
		{"600 nested divs", strings.Repeat("<div>", 600) + "<p>" + para + "</p>" + strings.Repeat("</div>", 600), "Ana Ruiz said"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			p, err := Extract([]byte(tc.page), "")
			t.Logf("%d KB in %v", len(tc.page)>>10, time.Since(start))
			require.NoError(t, err)
			assert.Contains(t, p.Text, tc.want)
		})
	}
}

func TestLimitDepth(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"shallow", "<div><p>a<p>b</div>", "<div><p>a<p>b</div>"},
		{"deep", strings.Repeat("<div>", MaxDepth+2) + "x" + strings.Repeat("</div>", MaxDepth+2), strings.Repeat("<div>", MaxDepth) + "x" + strings.Repeat("</div>", MaxDepth)},
		{"deep, then a sibling", strings.Repeat("<i>", MaxDepth+1) + "x" + strings.Repeat("</i>", MaxDepth+1) + "<b>y</b>", strings.Repeat("<i>", MaxDepth) + "x" + strings.Repeat("</i>", MaxDepth) + "<b>y</b>"},
		{"script text is not tags", "<script>" + strings.Repeat("<div>", MaxDepth+5) + "</script>", "<script>" + strings.Repeat("<div>", MaxDepth+5) + "</script>"},
	} {
		assert.Equal(t, tc.want, string(limitDepth([]byte(tc.in))), tc.name)
	}
}
