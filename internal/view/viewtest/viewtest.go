// Package viewtest reads back a page written by package view, with an HTML5
// parser (golang.org/x/net/html), as a browser would build it. Tests of the
// view, of the command and of the server use it to check what a page shows.
package viewtest

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is what a page holds.
type Page struct {
	Title    string
	Articles []Article
	// Scripts are the script elements of the whole document, with their
	// text; Handlers the attributes named on… (onclick, onerror) found on
	// any element, as "element attribute".
	Scripts  []string
	Handlers []string
	// Elements counts the elements of the document by tag name.
	Elements map[string]int
	Root     *html.Node
}

// Article is one article element.
type Article struct {
	ID, Offsets string
	Error       string // the error message, for an error record
	Summary     string
	// Text is the text content of the article's text element: the article.
	Text     string
	Speakers []Speaker
	// Marks are the marked elements of Text, by where they start in it,
	// outer first.
	Marks []Mark
}

// Speaker is one entry of an article's speaker list.
type Speaker struct {
	Name, SI, Class string
	Meta            string
}

// Mark is one marked element of an article's text.
type Mark struct {
	Class, Kind, Speaker, SI, Q, Tip string
	Start, End                       int
	Cont                             bool
	Tabindex                         string
	// Text is the element's text content; At is where that text starts in
	// the article's Text, in bytes.
	Text string
	At   int
	// Depth is how many marks hold it.
	Depth int
}

// Role returns the first class of m: st, fr, nq, cue or men.
func (m Mark) Role() string {
	r, _, _ := strings.Cut(m.Class, " ")
	return r
}

// Parse parses a page.
func Parse(r io.Reader) (*Page, error) {
	root, err := html.Parse(r)
	if err != nil {
		return nil, err
	}
	p := &Page{Root: root, Elements: map[string]int{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			p.Elements[n.Data]++
			for _, a := range n.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					p.Handlers = append(p.Handlers, n.Data+" "+a.Key)
				}
			}
			switch {
			case n.DataAtom == atom.Script:
				p.Scripts = append(p.Scripts, textOf(n))
			case n.DataAtom == atom.Title && p.Title == "":
				p.Title = textOf(n)
			case n.DataAtom == atom.Article:
				a, err := readArticle(n)
				if err != nil {
					panic(err) // recovered below
				}
				p.Articles = append(p.Articles, a)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	defer func() {
		if v := recover(); v != nil {
			e, ok := v.(error)
			if !ok {
				panic(v)
			}
			err = e
			p = nil
		}
	}()
	walk(root)
	return p, err
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	c, _ := attr(n, "class")
	for _, f := range strings.Fields(c) {
		if f == class {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func find(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && ok(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, ok); f != nil {
			return f
		}
	}
	return nil
}

func readArticle(n *html.Node) (Article, error) {
	var a Article
	a.ID, _ = attr(n, "data-id")
	a.Offsets, _ = attr(n, "data-offsets")
	if m := find(n, func(n *html.Node) bool { return hasClass(n, "msg") }); m != nil {
		a.Error = strings.TrimPrefix(textOf(m), "error: ")
	}
	if s := find(n, func(n *html.Node) bool { return hasClass(n, "sum") }); s != nil {
		a.Summary = textOf(s)
	}
	if l := find(n, func(n *html.Node) bool { return hasClass(n, "spk") }); l != nil {
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && n.DataAtom == atom.Li {
				var s Speaker
				if b := find(n, func(n *html.Node) bool { return n.DataAtom == atom.Button }); b != nil {
					s.Name = textOf(b)
					s.SI, _ = attr(b, "data-si")
					s.Class, _ = attr(b, "class")
				}
				if m := find(n, func(n *html.Node) bool { return hasClass(n, "meta") }); m != nil {
					s.Meta = textOf(m)
				}
				a.Speakers = append(a.Speakers, s)
				return
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(l)
	}
	t := find(n, func(n *html.Node) bool { return hasClass(n, "text") && n.DataAtom == atom.Div })
	if t == nil {
		return a, nil
	}
	var b strings.Builder
	var err error
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			return
		}
		if n.Type != html.ElementNode {
			return
		}
		var m *Mark
		if k, ok := attr(n, "data-kind"); ok && n != t {
			m = &Mark{Kind: k, At: b.Len(), Depth: depth}
			m.Class, _ = attr(n, "class")
			m.Speaker, _ = attr(n, "data-speaker")
			m.SI, _ = attr(n, "data-si")
			m.Q, _ = attr(n, "data-q")
			m.Tip, _ = attr(n, "data-tip")
			m.Tabindex, _ = attr(n, "tabindex")
			_, m.Cont = attr(n, "data-cont")
			for _, key := range []string{"data-start", "data-end"} {
				v, _ := attr(n, key)
				x, e := strconv.Atoi(v)
				if e != nil && err == nil {
					err = fmt.Errorf("viewtest: %s %q of %q: %v", key, v, textOf(n), e)
				}
				if key == "data-start" {
					m.Start = x
				} else {
					m.End = x
				}
			}
			depth++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth)
		}
		if m != nil {
			m.Text = b.String()[m.At:]
			a.Marks = append(a.Marks, *m)
		}
	}
	walk(t, 0)
	a.Text = b.String()
	sort.SliceStable(a.Marks, func(i, j int) bool {
		if a.Marks[i].At != a.Marks[j].At {
			return a.Marks[i].At < a.Marks[j].At
		}
		return a.Marks[i].Depth < a.Marks[j].Depth
	})
	return a, err
}
