// Package extract finds the article in a web page: its text, with
// navigation, captions, share buttons, related links and other boilerplate
// left out, and its title, author, date and URL when the page gives them.
//
// The article body is found with go-readability (a port of Mozilla's
// Readability.js, the algorithm of Firefox's Reader View); see README.md,
// "Web pages", for why it was chosen over go-trafilatura.
package extract

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrNoArticle is the error of a page in which no article was found.
var ErrNoArticle = errors.New("extract: no article found in the page")

// Page is what Extract found in a web page.
type Page struct {
	// Text is the article: the title as its first paragraph (unless the
	// body starts with it), then the body, paragraphs separated by one
	// blank line. Inside a paragraph white space is collapsed as a browser
	// shows it; a <br> is a line break. It has no leading or trailing
	// white space and is valid UTF-8.
	Text string
	// Title, Author, Date and URL are empty when the page does not give
	// them. Date is the publication date as YYYY-MM-DD. URL is the url
	// passed to Extract when there is one, else the page's canonical URL
	// (<link rel="canonical"> or og:url).
	Title, Author, Date, URL string
}

// MinParagraph is the length, in characters, of the longest paragraph of
// the body below which a page is taken to have no article (Firefox's
// Reader View asks for paragraphs of 140 characters too). A cookie notice,
// a search form or a list of links has none this long.
const MinParagraph = 140

// Extract returns the article in the HTML page b. pageURL, which may be
// empty, is where the page was found; it is reported as the URL. Extract
// returns ErrNoArticle (wrapped, with a reason) when the page has no
// article: nothing readable, or no paragraph of MinParagraph characters.
// Broken HTML is read as a browser reads it; elements nested deeper than
// MaxDepth are unwrapped, their text kept. Extract is safe for concurrent
// use.
func Extract(b []byte, pageURL string) (Page, error) {
	var p Page
	var base *url.URL
	if pageURL != "" {
		u, err := url.Parse(pageURL)
		if err != nil {
			return p, fmt.Errorf("extract: bad page URL %q: %v", pageURL, err)
		}
		base, p.URL = u, pageURL
	}
	if !utf8.Valid(b) {
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
	}
	doc, err := html.Parse(bytes.NewReader(limitDepth(b)))
	if err != nil { // html.Parse fails only when reading fails
		return p, fmt.Errorf("extract: %v", err)
	}
	if p.URL == "" {
		p.URL = canonical(doc)
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, base)
	if err != nil {
		return p, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	if art.Node == nil {
		return p, ErrNoArticle
	}
	body := Text(art.Node)
	longest := 0
	for para := range strings.SplitSeq(body, "\n\n") {
		longest = max(longest, utf8.RuneCountInString(para))
	}
	if longest < MinParagraph {
		return p, fmt.Errorf("%w (its longest paragraph has %d characters)", ErrNoArticle, longest)
	}
	p.Title = oneLine(art.Title())
	p.Author = oneLine(art.Byline())
	if t, err := art.PublishedTime(); err == nil {
		p.Date = t.Format("2006-01-02")
	}
	p.Text = body
	if p.Title != "" && !strings.HasPrefix(body, p.Title) {
		p.Text = p.Title + "\n\n" + body
	}
	return p, nil
}

// canonical returns the page's own URL: its <link rel="canonical">, else
// its og:url, else "".
func canonical(doc *html.Node) string {
	var link, og string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && link == "" {
					link = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Meta:
				if attr(n, "property") == "og:url" && og == "" {
					og = strings.TrimSpace(attr(n, "content"))
				}
			case atom.Body:
				return // the head is enough
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if link != "" {
		return link
	}
	return og
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
