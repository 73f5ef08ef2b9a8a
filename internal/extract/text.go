package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocks are the elements that end a paragraph: their text is set apart
// from what comes before and after by a blank line.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Main: true,
	atom.Aside: true, atom.Nav: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Body: true, atom.Html: true,
}

// skipped are elements whose text is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Iframe: true, atom.Svg: true, atom.Math: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true,
}

// Text returns the text of n as paragraphs separated by one blank line.
// Inside a paragraph, runs of HTML white space (space, tab, CR, LF, FF) are
// one space, as a browser shows them, and a no-break space is kept; a <br>
// is a line break; the cells of a table row are separated by a space. The
// result has no leading or trailing white space.
func Text(n *html.Node) string {
	var w textWriter
	w.walk(n, false)
	w.endParagraph()
	return strings.Join(w.paras, "\n\n")
}

type textWriter struct {
	paras []string
	cur   strings.Builder
	space bool // a space is pending before the next word
}

func (w *textWriter) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data, pre)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			w.lineBreak()
			return
		case atom.Td, atom.Th:
			w.space = w.cur.Len() > 0
		case atom.Pre:
			pre = true
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		w.endParagraph()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, pre)
	}
	if block {
		w.endParagraph()
	}
}

// text adds a text node's words, collapsing white space unless in <pre>.
func (w *textWriter) text(s string, pre bool) {
	if pre {
		for i, line := range strings.Split(s, "\n") {
			if i > 0 {
				w.lineBreak()
			}
			w.word(strings.TrimRight(line, " \t\r"))
		}
		return
	}
	if s != "" && isSpace(s[0]) {
		w.space = true
	}
	for i, f := range strings.FieldsFunc(s, isSpaceRune) {
		if i > 0 {
			w.space = true
		}
		w.word(f)
	}
	if s != "" && isSpace(s[len(s)-1]) {
		w.space = true
	}
}

func (w *textWriter) word(s string) {
	if s == "" {
		return
	}
	if w.space && w.cur.Len() > 0 {
		w.cur.WriteByte(' ')
	}
	w.space = false
	w.cur.WriteString(s)
}

func (w *textWriter) lineBreak() {
	if w.cur.Len() > 0 {
		w.cur.WriteByte('\n')
	}
	w.space = false
}

func (w *textWriter) endParagraph() {
	p := strings.TrimSpace(w.cur.String())
	if p != "" {
		w.paras = append(w.paras, p)
	}
	w.cur.Reset()
	w.space = false
}

func isSpaceRune(r rune) bool { return r < 0x80 && isSpace(byte(r)) }

// isSpace reports whether c is HTML white space, which a browser collapses;
// a no-break space (U+00A0) is not.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
