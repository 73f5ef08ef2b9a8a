package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	xhtml "golang.org/x/net/html"

	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/internal/view/viewtest"
)

// The tests in this file run the page in a real browser: a headless
// chromium named by WHOSAID_CHROMIUM. They skip without it;
// .ci/browser-test.sh installs Debian's chromium and runs them. With
// WHOSAID_SCREENSHOT set to a path, TestBrowserPage copies its screenshot
// there (README.md's docs/view.png).

// chromiumBin returns the browser to run, or skips the test.
func chromiumBin(t *testing.T) string {
	t.Helper()
	bin := os.Getenv("WHOSAID_CHROMIUM")
	if bin == "" {
		t.Skip("set WHOSAID_CHROMIUM to a chromium binary to run the page in a browser (.ci/browser-test.sh does)")
	}
	return bin
}

// runChromium runs headless chromium with args and returns its standard
// output; it fails the test if chromium fails or takes over 2 minutes.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	profile, err := os.MkdirTemp("", "whosaid-chromium-")
	require.NoError(t, err)
	defer os.RemoveAll(profile)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir=" + profile,
	}, args...)...)
	cmd.WaitDelay = 10 * time.Second
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	require.NoError(t, cmd.Run(), "chromium %s:\n%s", strings.Join(args, " "), stderr.String())
	return out.Bytes()
}

// hostile is an article whose HTML would change the page if it ran.
const hostile = `<script>document.body.setAttribute("data-pwned","script")</script> ` +
	`"<img src=x onerror=document.body.setAttribute('data-pwned','img')>," Ann Bell said. ` +
	`</div></article><script>document.body.setAttribute("data-pwned","close")</script>`

// pageFile writes the page of `whosaid -format html -offsets utf16` for the
// test article and a hostile one, and returns its path and the page.
func pageFile(t *testing.T, dir string) (string, *viewtest.Page) {
	t.Helper()
	in := filepath.Join(dir, "hostile.jsonl")
	line, err := json.Marshal(map[string]string{"id": "hostile <b>id</b>", "text": hostile})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(in, append(line, '\n'), 0o644))
	out, stderr, st := runCmd(t, command{}, "", "-format", "html", "-offsets", "utf16", article, in)
	require.Zero(t, st, stderr)
	path := filepath.Join(dir, "page.html")
	require.NoError(t, os.WriteFile(path, []byte(out), 0o644))
	p, err := viewtest.Parse(strings.NewReader(out))
	require.NoError(t, err)
	require.Len(t, p.Articles, 2)
	return path, p
}

func fileURL(path string) string {
	return (&url.URL{Scheme: "file", Path: path}).String()
}

// TestBrowserPage renders the page of the test article in chromium: the
// screenshot is not blank and shows the speakers' colours, the DOM the
// browser built has every statement as the page has it, the hostile
// article's HTML did not run, and the speaker filter works.
func TestBrowserPage(t *testing.T) {
	bin := chromiumBin(t)
	dir := t.TempDir()
	path, want := pageFile(t, dir)

	// The screenshot.
	img := screenshot(t, bin, path)
	st := pixelStats(img)
	t.Logf("screenshot %v: %d colours, %.1f%% not white, palette pixels %v, tooltip pixels %d", img.Bounds().Size(), st.colours, 100*st.notWhite, st.palette, st.tooltip)
	assert.Greater(t, st.colours, 100, "a page of text has many colours")
	assert.Greater(t, st.notWhite, 0.05, "the page is not blank")
	shown := 0
	for _, n := range st.palette {
		if n >= 200 {
			shown++
		}
	}
	assert.GreaterOrEqual(t, shown, 2, "the statements of two speakers at least are highlighted in their colours")

	// Focusing a statement shows its tooltip.
	page, err := os.ReadFile(path)
	require.NoError(t, err)
	focus := filepath.Join(dir, "focus.html")
	require.NoError(t, os.WriteFile(focus, []byte(withScript(t, string(page), `document.querySelector('.st[data-q="2"]').focus()`)), 0o644))
	img = screenshot(t, bin, focus)
	fst := pixelStats(img)
	t.Logf("focused: tooltip pixels %d", fst.tooltip)
	assert.Greater(t, fst.tooltip, st.tooltip+1000, "the focused statement's tooltip is drawn")
	if dst := os.Getenv("WHOSAID_SCREENSHOT"); dst != "" {
		f, err := os.Create(dst)
		require.NoError(t, err)
		require.NoError(t, (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(f, paletted(img)))
		require.NoError(t, f.Close())
	}

	// The DOM the browser built, with the page's own policy.
	dom := runChromium(t, bin, "--dump-dom", fileURL(path))
	got, err := viewtest.Parse(bytes.NewReader(dom))
	require.NoError(t, err)
	assertSamePage(t, want, got)

	// Without the policy, with a script that clicks the first speaker: the
	// article's HTML still does not run, and the filter dims the others.
	open := filepath.Join(dir, "open.html")
	require.NoError(t, os.WriteFile(open, []byte(withScript(t, string(page), `document.querySelector(".art button.who").click()`)), 0o644))
	dom = runChromium(t, bin, "--dump-dom", fileURL(open))
	got, err = viewtest.Parse(bytes.NewReader(dom))
	require.NoError(t, err)
	assert.Contains(t, string(dom), `data-clicked="yes"`, "scripts run on this page")
	assertSamePage(t, want, got)
	a := got.Articles[0]
	require.NotEmpty(t, a.Marks)
	dimmed, lit := 0, 0
	for _, m := range a.Marks {
		off := strings.Contains(" "+m.Class+" ", " off ")
		assert.Equal(t, m.SI != "0", off, "after clicking speaker 0, %s %q (speaker %q) is dimmed: %v", m.Role(), m.Text, m.Speaker, off)
		if off {
			dimmed++
		} else {
			lit++
		}
	}
	assert.Positive(t, dimmed)
	assert.Positive(t, lit)
	assert.Contains(t, a.Speakers[0].Class, "who")
	assert.Contains(t, string(dom), `aria-pressed="true"`)
}

// screenshot returns chromium's screenshot of the page at path.
func screenshot(t *testing.T, bin, path string) image.Image {
	t.Helper()
	shot := path + ".png"
	runChromium(t, bin, "--window-size=1000,1100", "--screenshot="+shot, fileURL(path))
	f, err := os.Open(shot)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	return img
}

// withScript returns page without its Content-Security-Policy, with script
// run at the end of the body, and then a mark that it ran
// (data-clicked="yes" on the body).
func withScript(t *testing.T, page, script string) string {
	t.Helper()
	i := strings.Index(page, `<meta http-equiv="Content-Security-Policy"`)
	require.GreaterOrEqual(t, i, 0)
	page = page[:i] + page[i+strings.Index(page[i:], ">")+1:]
	return strings.Replace(page, "</body>", "<script>"+script+`;document.body.setAttribute("data-clicked","yes")</script></body>`, 1)
}

// assertSamePage checks that the DOM a browser built from a page has what
// the page holds: the articles, their text and every mark, and nothing that
// the article's HTML would have made.
func assertSamePage(t *testing.T, want, got *viewtest.Page) {
	t.Helper()
	assert.NotContains(t, bodyAttrs(got), "data-pwned", "the article's HTML did not run")
	assert.Zero(t, got.Elements["img"], "no img element")
	require.Len(t, got.Articles, len(want.Articles))
	for i, w := range want.Articles {
		g := got.Articles[i]
		assert.Equal(t, w.ID, g.ID)
		assert.Equal(t, w.Text, g.Text, "article %d's text", i)
		require.Len(t, g.Marks, len(w.Marks), "article %d's marks", i)
		for k := range w.Marks {
			wm, gm := w.Marks[k], g.Marks[k]
			gm.Class = strings.TrimSuffix(gm.Class, " off")
			assert.Equal(t, wm, gm)
		}
	}
	assert.Equal(t, hostile, got.Articles[1].Text, "the hostile article shows as text")
}

// bodyAttrs returns the body's attributes as text.
func bodyAttrs(p *viewtest.Page) string {
	var b strings.Builder
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode && n.Data == "body" {
			for _, a := range n.Attr {
				b.WriteString(a.Key + "=" + a.Val + " ")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(p.Root)
	return b.String()
}

// paletted returns img with its 256 most frequent colours, each pixel
// drawn in the nearest: a screenshot of text keeps its look at a third of
// the size.
func paletted(img image.Image) *image.Paletted {
	count := map[color.RGBA]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			count[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
		}
	}
	cs := make([]color.RGBA, 0, len(count))
	for c := range count {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if count[cs[i]] != count[cs[j]] {
			return count[cs[i]] > count[cs[j]]
		}
		return fmt.Sprint(cs[i]) < fmt.Sprint(cs[j])
	})
	var pal color.Palette
	for _, c := range cs[:min(256, len(cs))] {
		pal = append(pal, c)
	}
	out := image.NewPaletted(b, pal)
	draw.Draw(out, b, img, b.Min, draw.Src)
	return out
}

type pixels struct {
	colours  int
	notWhite float64
	palette  map[string]int // pixels of each speaker's light colour
	tooltip  int            // pixels of the tooltip's background
}

// pixelStats counts the colours of img, the share of pixels that are not
// white, the pixels of the speakers' light colours and of the tooltip.
func pixelStats(img image.Image) pixels {
	lights := map[uint32]string{0xcfe2ff: "blue", 0xffe0b3: "orange", 0xc8f0d0: "green", 0xe6d4fa: "purple", 0xffd1dc: "rose"}
	st := pixels{palette: map[string]int{}}
	seen := map[uint32]bool{}
	b := img.Bounds()
	notWhite := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			c := (r>>8)<<16 | (g>>8)<<8 | bl>>8
			seen[c] = true
			if c != 0xffffff {
				notWhite++
			}
			if name, ok := lights[c]; ok {
				st.palette[name]++
			}
			if c == 0x222222 {
				st.tooltip++
			}
		}
	}
	st.colours = len(seen)
	st.notWhite = float64(notWhite) / float64(b.Dx()*b.Dy())
	return st
}

// TestBrowserServe posts the test article to `whosaid serve` from chromium,
// through a form as the page's own form sends it, and checks that the page
// the browser shows has the article drawn, with the statements of
// POST /v1/attribute.
func TestBrowserServe(t *testing.T) {
	bin := chromiumBin(t)
	s := startServer(t)
	raw, err := os.ReadFile(article)
	require.NoError(t, err)
	text := string(raw)
	dir := t.TempDir()
	// A page that submits the form at once: the text box as a user fills
	// it, and the unit.
	form := `<!DOCTYPE html><html><body><form id="f" method="post" enctype="multipart/form-data" action="` + html.EscapeString(s.url) + `/">` +
		`<textarea name="text">` + "\n" + html.EscapeString(text) + `</textarea><input name="offsets" value="utf16"><input type="file" name="file"></form>` +
		`<script>document.getElementById("f").submit()</script></body></html>`
	path := filepath.Join(dir, "post.html")
	require.NoError(t, os.WriteFile(path, []byte(form), 0o644))
	dom := runChromium(t, bin, "--virtual-time-budget=20000", "--dump-dom", fileURL(path))
	got, err := viewtest.Parse(bytes.NewReader(dom))
	require.NoError(t, err)
	require.Len(t, got.Articles, 1, "the browser shows the answer:\n%.2000s", dom)
	assert.Equal(t, "whosaid: who said what", got.Title)
	a := got.Articles[0]
	assert.Equal(t, "text", a.ID)
	assert.Equal(t, text, a.Text)

	st, js, _ := post(t, s.url+"/v1/attribute?id=text&offsets=utf16", "text/plain", strings.NewReader(text))
	require.Equal(t, 200, st, js)
	var want schema.Article
	require.NoError(t, json.Unmarshal([]byte(js), &want))
	assertMarked(t, want, a)
	assert.Contains(t, s.log.String(), `"path":"/","status":200`)
}
