package view

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/internal/view/viewtest"
	"github.com/whosaid/whosaid/speakers"
)

// FuzzArticle checks the page of any text against its invariants: it
// parses; its text element holds the text (a NUL shows as U+FFFD); every
// statement is marked once; and the pieces of every mark join to the text
// its offsets slice.
func FuzzArticle(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add(`<script>alert(1)</script> "<b>x</b>," she said. </div>` + "\r\n\x00 ‘'nested'’ \"a 'b' c\" 🙂")
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD") // as the command does
		r := speakers.Attribute(text)
		rec := schema.New("f", text, "utf16", r)
		var buf bytes.Buffer
		if err := Article(&buf, rec, text, r); err != nil {
			t.Fatal(err)
		}
		p, err := viewtest.Parse(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Articles) != 1 {
			t.Fatalf("%d articles", len(p.Articles))
		}
		a := p.Articles[0]
		shown := strings.ReplaceAll(text, "\x00", "\uFFFD")
		if a.Text != shown {
			t.Fatalf("text element holds %q, want %q", a.Text, shown)
		}
		joined := map[string]string{}
		statements := 0
		for _, m := range a.Marks {
			s, e := byteOffset(shown, "utf16", m.Start), byteOffset(shown, "utf16", m.End)
			if m.Start >= m.End || s > e {
				t.Fatalf("mark %+v is empty", m)
			}
			joined[fmt.Sprint(m.Class, " ", m.Q, " ", m.Start, " ", shown[s:e])] += m.Text
			if m.Role() == "st" && !m.Cont {
				statements++
			}
		}
		for k, s := range joined {
			if !strings.HasSuffix(k, " "+s) {
				t.Fatalf("pieces of %q join to %q", k, s)
			}
		}
		want := 0
		for _, at := range r.Attributions {
			if at.Content.Start < at.Content.End {
				want++
			}
		}
		if statements != want {
			t.Fatalf("%d statements marked, want %d", statements, want)
		}
	})
}
