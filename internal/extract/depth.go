package extract

import (
	"bytes"
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxDepth is how deep elements may nest in a page. html.Parse takes time
// quadratic in the nesting (100,000 nested <div>s, 600 KB, take two
// minutes) and Readability time in the nesting times the elements, so the
// tags that would open elements deeper than MaxDepth are dropped before
// parsing and their text is kept, the best effort a browser makes too
// (Chrome's parser stops nesting at 512). Real pages nest a few dozen
// levels deep.
const MaxDepth = 256

// void elements have no content and no end tag.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true,
	atom.Html: true, atom.Head: true, atom.Body: true, // one each, whatever the tags say
}

// closes lists, for a start tag, the elements it closes when one of them is
// the innermost open element, as the parser does: a <p> closes an open
// <p>, an <li> an open <li>, a <tr> the open cell and row. Any other start
// tag of a block closes an open <p>.
var closes = map[atom.Atom][]atom.Atom{
	atom.P:        {atom.P},
	atom.Li:       {atom.Li, atom.P},
	atom.Dt:       {atom.Dt, atom.Dd, atom.P},
	atom.Dd:       {atom.Dt, atom.Dd, atom.P},
	atom.Td:       {atom.Td, atom.Th},
	atom.Th:       {atom.Td, atom.Th},
	atom.Tr:       {atom.Tr, atom.Td, atom.Th},
	atom.Thead:    {atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th},
	atom.Tbody:    {atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th},
	atom.Tfoot:    {atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th},
	atom.Option:   {atom.Option},
	atom.Optgroup: {atom.Option, atom.Optgroup},
}

// blocks close an open <p> (they are in blocks, text.go, too).

// limitDepth returns b, or, when its tags nest deeper than MaxDepth, b
// without the tags that open the deeper elements and their end tags. It
// reads b with html.Tokenizer, in time linear in its length. Nesting is
// counted from the tags, as a stack of the open elements: a start tag
// closes the elements it implies the end of (see closes), and an end tag
// closes the innermost open element of its name.
func limitDepth(b []byte) []byte {
	if walkDepth(b, nil) <= MaxDepth {
		return b
	}
	out := make([]byte, 0, len(b))
	walkDepth(b, func(raw []byte, keep bool) {
		if keep {
			out = append(out, raw...)
		}
	})
	return out
}

// walkDepth reads the tokens of b, calling emit (when not nil) with each
// token's bytes and whether it is kept, and returns the deepest nesting
// seen.
func walkDepth(b []byte, emit func(raw []byte, keep bool)) int {
	z := html.NewTokenizer(bytes.NewReader(b))
	var stack []atom.Atom
	dropped := map[atom.Atom]int{} // start tags dropped, by name, whose end tag is still to come
	deepest := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return deepest // io.EOF: b is read whole
		}
		keep := true
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if void[a] {
				break
			}
			closed, ok := closes[a]
			if !ok && blocks[a] {
				closed = closes[atom.P]
			}
			for len(stack) > 0 && slices.Contains(closed, stack[len(stack)-1]) {
				stack = stack[:len(stack)-1]
			}
			if emit != nil && len(stack) >= MaxDepth {
				keep = false
				dropped[a]++
				break
			}
			stack = append(stack, a)
			deepest = max(deepest, len(stack))
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if dropped[a] > 0 {
				dropped[a]--
				keep = false
				break
			}
			for i := len(stack) - 1; i >= 0; i-- {
				if stack[i] == a {
					stack = stack[:i]
					break
				}
			}
		}
		if emit != nil {
			emit(z.Raw(), keep)
		}
	}
}
