// Command compare runs the two article extractors considered for whosaid,
// go-readability (which whosaid uses) and go-trafilatura, on the same web
// pages, and prints for each page and extractor the time per page, the
// statements whosaid finds in the extracted text, and the text itself. It
// is a module of its own so that go-trafilatura stays out of whosaid's
// go.mod:
//
//	cd internal/extract/compare && go run . ../../../testdata/*.html
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/whosaid/whosaid/internal/extract"
	"github.com/whosaid/whosaid/speakers"
)

type extractor struct {
	name string
	run  func(doc *html.Node) (title, body string, err error)
}

var extractors = []extractor{
	{"go-readability", func(doc *html.Node) (string, string, error) {
		a, err := readability.FromDocument(doc, nil)
		if err != nil || a.Node == nil {
			return "", "", fmt.Errorf("no article: %v", err)
		}
		return a.Title(), extract.Text(a.Node), nil
	}},
	{"go-trafilatura", func(doc *html.Node) (string, string, error) {
		r, err := trafilatura.ExtractDocument(doc, trafilatura.Options{ExcludeComments: true})
		if err != nil {
			return "", "", err
		}
		return r.Metadata.Title, extract.Text(r.ContentNode), nil
	}},
}

func main() {
	for _, path := range os.Args[1:] {
		page, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, x := range extractors {
			const n = 50
			var title, body string
			start := time.Now()
			for range n {
				doc, err := html.Parse(bytes.NewReader(page))
				if err != nil {
					panic(err)
				}
				title, body, err = x.run(doc)
				if err != nil {
					body = "(error: " + err.Error() + ")"
				}
			}
			per := time.Since(start) / n
			// As whosaid does: the title opens the text unless the body does.
			text := body
			if title != "" && !strings.HasPrefix(body, title) {
				text = title + "\n\n" + body
			}
			r := speakers.Attribute(text)
			fmt.Printf("== %s, %s: %v per page, %d statements\n", filepath.Base(path), x.name, per.Round(10*time.Microsecond), len(r.Attributions))
			for _, a := range r.Attributions {
				who := "(no speaker)"
				if a.Speaker >= 0 {
					who = r.Speakers[a.Speaker].Name
				}
				fmt.Printf("   %s «%s» ← %s\n", a.Kind, a.Content.Text(text), who)
			}
			fmt.Printf("-- text:\n%s\n\n", text)
		}
	}
}
