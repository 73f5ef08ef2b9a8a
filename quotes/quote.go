package quotes

import "fmt"

// Span is a half-open range of byte offsets into a text: Start is the offset
// of the first byte (counting from 0) and End the offset of the first byte
// after the range, so Start <= End and End-Start is the length in bytes.
// The zero Span is the empty range at the start of the text.
type Span struct {
	Start, End int
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Text returns the part of src that s covers. It slices src, so it does not
// allocate. Text panics if s is not a valid range of src, like a slice
// expression.
func (s Span) Text(src string) string { return src[s.Start:s.End] }

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// String returns s as "start:end".
func (s Span) String() string { return fmt.Sprintf("%d:%d", s.Start, s.End) }

// Style is the kind of quotation marks that open a quote.
type Style uint8

// The quotation mark styles that Find knows. Double-mark styles may close
// each other (“…" is one quote); single-mark styles only close single ones.
const (
	Straight          Style = iota // "…"
	Curly                          // “…” (or ”…” when a right mark is typed for the left one)
	StraightSingle                 // '…'
	CurlySingle                    // ‘…’
	Guillemets                     // «…»
	SingleGuillemets               // ‹…›
	LowHigh                        // „…“ (German style)
	DoubledApostrophe              // ''…'' (the New York Times)
	TeX                            // ``…''
)

var styleNames = [...]string{
	Straight:          "straight",
	Curly:             "curly",
	StraightSingle:    "straight-single",
	CurlySingle:       "curly-single",
	Guillemets:        "guillemets",
	SingleGuillemets:  "single-guillemets",
	LowHigh:           "low-high",
	DoubledApostrophe: "doubled-apostrophe",
	TeX:               "tex",
}

// String returns the style's name, such as "curly".
func (s Style) String() string {
	if int(s) < len(styleNames) {
		return styleNames[s]
	}
	return fmt.Sprintf("Style(%d)", s)
}

// Single reports whether s is a single-mark style ('…', ‘…’ or ‹…›).
func (s Style) Single() bool {
	return s == StraightSingle || s == CurlySingle || s == SingleGuillemets
}

// Kind says what a quoted span seems to be, judged from local evidence only
// (the marks, the words inside and the words just around it). Only Speech and
// Fragment are usually someone's words; package speakers makes the final call.
type Kind uint8

const (
	// Speech is a full direct quote: a sentence or more, or a clause that
	// opens a sentence ("We will win," she said).
	Speech Kind = iota
	// Fragment is a short quoted part inside a sentence of reported speech:
	// it was "profoundly important".
	Fragment
	// ScareQuote marks a word held at a distance, not quoted speech:
	// so-called “experts”, the word “stable”.
	ScareQuote
	// Nickname is a name inside a name: Robert “Bobby” Mills.
	Nickname
	// Title is the title of a work: starred in “The Long Road”.
	Title
)

var kindNames = [...]string{
	Speech:     "speech",
	Fragment:   "fragment",
	ScareQuote: "scare",
	Nickname:   "nickname",
	Title:      "title",
}

// String returns the kind's name, such as "fragment".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Quote is one quoted span of a text.
type Quote struct {
	// Span covers the quote with its marks, in byte offsets. For an
	// unclosed quote it ends at the end of its last paragraph (trailing
	// white space excluded).
	Span Span
	// Content covers the words inside the marks, in byte offsets. For a
	// quote over several paragraphs it includes the paragraph breaks and the
	// opening marks that repeat at the start of each paragraph.
	Content Span
	// Style is the style of the opening mark.
	Style Style
	// Closed reports whether a closing mark was found. An unclosed quote
	// ends with its paragraph.
	Closed bool
	// Depth is 0 for a quote that is not inside another quote, 1 for a
	// quote nested inside a top-level one, and so on.
	Depth int
	// Paragraphs is the number of paragraphs the quote spans (1 usually;
	// more for the news convention of a long quote that reopens at the
	// start of each paragraph).
	Paragraphs int
	// Kind says whether the span looks like speech, a fragment, or
	// something that is not speech.
	Kind Kind
}

// Text returns the quote with its marks: q.Span sliced from src.
func (q Quote) Text(src string) string { return q.Span.Text(src) }

// Parent returns the index in qs of the quote that directly encloses qs[i],
// or -1 if qs[i] is a top-level quote. qs must be a result of Find (or one
// call of AppendQuotes), in which a parent always precedes its children.
// Parent scans back from i, so its cost grows with the number of quotes
// between qs[i] and its parent: calling it for every quote of a text whose
// quote holds n others costs n². [Parents] finds them all in one pass.
func Parent(qs []Quote, i int) int {
	d := qs[i].Depth
	if d == 0 {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if qs[j].Depth == d-1 {
			return j
		}
	}
	return -1
}

// Parents returns, for each quote of qs, the index in qs of the quote that
// directly encloses it, or -1 for a top-level quote: Parents(qs)[i] is
// Parent(qs, i). qs must be a result of Find (or one call of AppendQuotes).
// Parents makes one pass over qs, so its cost is linear in len(qs).
func Parents(qs []Quote) []int {
	out := make([]int, len(qs))
	var last [MaxDepth]int // last[d] is the latest quote at depth d, or -1
	for d := range last {
		last[d] = -1
	}
	for i, q := range qs {
		d := q.Depth
		switch {
		case d == 0:
			out[i] = -1
		case d < 0 || d > MaxDepth:
			out[i] = Parent(qs, i) // not a result of Find
		default:
			out[i] = last[d-1]
		}
		if 0 <= d && d < MaxDepth {
			last[d] = i
		}
	}
	return out
}
