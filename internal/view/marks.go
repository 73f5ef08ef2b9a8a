package view

import (
	"sort"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/internal/schema"
	"github.com/whosaid/whosaid/quotes"
	"github.com/whosaid/whosaid/speakers"
)

// role is what a marked element stands for. At equal spans a lower role
// encloses a higher one.
type role uint8

const (
	roleStatement role = iota // a statement: class "st"
	roleFragment              // quoted words of a mixed statement: class "fr"
	roleQuote                 // a quote nested in another quote: class "nq"
	roleMention               // words naming a speaker: class "men"
	roleCue                   // a reporting verb or phrase: class "cue"
)

// mark is one element to draw over the text: a half-open byte span and
// what the element carries.
type mark struct {
	start, end int // bytes
	role       role
	seq        int // order of creation, the last tie-break

	// What the element carries; exported for the template.
	Class   string // CSS classes
	Kind    string // data-kind
	Speaker string // data-speaker: the speaker's name, "" for none
	SI      string // data-si: the speaker's index in the speaker list, "" for none
	From    int    // data-start, in the output's offset unit
	To      int    // data-end
	Q       string // data-q: the indexes of the statements it belongs to
	Tip     string // data-tip: what hovering or focusing it shows
	Focus   bool   // reachable with the Tab key (tabindex 0): statements
}

// piece is one step of the markup of a text: open a mark, close it, or
// write text. A mark split in pieces is opened more than once; the later
// openings have cont set.
type piece struct {
	Open, Close bool
	Cont        bool
	M           *mark
	Text        string
	CR          bool // a carriage return, written as a character reference
}

// marks returns the elements to draw over text for the result r, whose
// record in the output unit is a (made by schema.New from the same r).
func marks(text string, r speakers.Result, a schema.Article) []*mark {
	var ms []*mark
	add := func(m *mark) {
		if m.start < 0 || m.end > len(text) || m.start >= m.end {
			return // empty or out of the text: nothing to draw
		}
		m.seq = len(ms)
		ms = append(ms, m)
	}
	speakerOf := func(i int) (name, si, class string) {
		if i < 0 || i >= len(r.Speakers) {
			return "", "", "sx"
		}
		return r.Speakers[i].Name, strconv.Itoa(i), colourClass(i)
	}
	// Cues can be shared by statements; one element per cue span.
	cues := map[speakers.Span]*mark{}
	for i, at := range r.Attributions {
		q := a.Quotes[i]
		name, si, cc := speakerOf(at.Speaker)
		who := name
		if who == "" {
			who = "no speaker"
		}
		idx := strconv.Itoa(i)
		add(&mark{
			start: at.Content.Start, end: at.Content.End, role: roleStatement,
			Focus: true, Class: "st " + cc, Kind: q.Kind, Speaker: name, SI: si,
			From: q.Start, To: q.End, Q: idx,
			Tip: who + " · " + q.Kind + " · " + q.Act + " · " + q.Rule + " · " + strconv.FormatFloat(q.Confidence, 'f', 2, 64),
		})
		for k, f := range at.Fragments {
			add(&mark{
				start: f.Start, end: f.End, role: roleFragment,
				Class: "fr " + cc, Kind: "quoted", Speaker: name, SI: si,
				From: q.Fragments[k].Start, To: q.Fragments[k].End, Q: idx,
				Tip: "quoted words · " + who,
			})
		}
		if q.Cue != nil {
			if m := cues[at.Cue]; m != nil {
				m.Q += " " + idx
				continue
			}
			m := &mark{
				start: at.Cue.Start, end: at.Cue.End, role: roleCue,
				Class: "cue " + cc, Kind: "cue", Speaker: name, SI: si,
				From: q.Cue.Start, To: q.Cue.End, Q: idx,
				Tip: "cue · " + who,
			}
			cues[at.Cue] = m
			add(m)
		}
	}
	for i, s := range r.Speakers {
		name, si, cc := speakerOf(i)
		for k, m := range s.Mentions {
			add(&mark{
				start: m.Start, end: m.End, role: roleMention,
				Class: "men " + cc, Kind: "mention", Speaker: name, SI: si,
				From: a.Speakers[i].Mentions[k].Start, To: a.Speakers[i].Mentions[k].End,
				Tip: name + " · " + s.Kind.String(),
			})
		}
	}
	ms = append(ms, nestedQuotes(text, a.Offsets, ms)...)
	return ms
}

// nestedQuotes returns a mark for each quote that lies inside another quote
// and inside a statement, so that a quote within a quotation shows. They
// carry the speaker of the innermost statement that holds them, looked for
// among the 16 innermost statements open where the quote starts, which
// keeps the cost linear whatever the nesting.
func nestedQuotes(text, unit string, ms []*mark) []*mark {
	qs := quotes.Find(text)
	var in []speakers.Span
	for _, q := range qs {
		if q.Depth > 0 && q.Span.Start < q.Span.End {
			in = append(in, q.Span)
		}
	}
	if len(in) == 0 {
		return nil
	}
	var sts []*mark
	for _, m := range ms {
		if m.role == roleStatement {
			sts = append(sts, m)
		}
	}
	sort.Slice(sts, func(i, j int) bool { return before(sts[i], sts[j]) })
	conv := convert(text, unit, in)
	var out []*mark
	var open []*mark // statements that started, innermost last
	next := 0
	for k, sp := range in { // in order of start
		for next < len(sts) && sts[next].start <= sp.Start {
			for len(open) > 0 && open[len(open)-1].end <= sts[next].start {
				open = open[:len(open)-1]
			}
			open = append(open, sts[next])
			next++
		}
		for len(open) > 0 && open[len(open)-1].end <= sp.Start {
			open = open[:len(open)-1]
		}
		var holder *mark
		for i := len(open) - 1; i >= 0 && i >= len(open)-16; i-- {
			if open[i].end >= sp.End {
				holder = open[i]
				break
			}
		}
		if holder == nil {
			continue
		}
		cc := strings.Fields(holder.Class)[1]
		out = append(out, &mark{
			start: sp.Start, end: sp.End, role: roleQuote, seq: len(ms) + len(out),
			Class: "nq " + cc, Kind: "quote", Speaker: holder.Speaker, SI: holder.SI,
			From: conv[k].Start, To: conv[k].End, Q: holder.Q,
			Tip: "quote within the statement",
		})
	}
	return out
}

// convert returns the byte spans ss of text in the offset unit, converted
// by schema.New, the one converter of the output, so that they agree with
// the JSON output.
func convert(text, unit string, ss []speakers.Span) []schema.Quote {
	r := speakers.Result{Attributions: make([]speakers.Attribution, len(ss))}
	for i, s := range ss {
		r.Attributions[i] = speakers.Attribution{Content: s, Speaker: -1}
	}
	return schema.New("", text, unit, r).Quotes
}

// before reports whether a opens outside b when both are open at once:
// the one that starts first, then the longer, then by role, then the
// first made.
func before(a, b *mark) bool {
	if a.start != b.start {
		return a.start < b.start
	}
	if a.end != b.end {
		return a.end > b.end
	}
	if a.role != b.role {
		return a.role < b.role
	}
	return a.seq < b.seq
}

// layout turns marks over text into well-nested markup. The text is cut at
// every mark's start and end; over each cut, the marks that cover it are
// open, outer before inner (see before). When a mark ends while a mark
// opened inside it is still open (the two overlap without one holding the
// other), the inner one is closed there and opened again after: it is drawn
// in pieces, and the pieces after the first have cont set. Marks that nest
// are never split.
//
// The pieces go to emit, in order. The cost is linear in the text and in
// the number of marks times how deeply they nest.
func layout(text string, ms []*mark, emit func(piece)) {
	sorted := append([]*mark(nil), ms...)
	sort.Slice(sorted, func(i, j int) bool { return before(sorted[i], sorted[j]) })
	cuts := make([]int, 0, 2*len(ms)+2)
	cuts = append(cuts, 0, len(text))
	for _, m := range ms {
		cuts = append(cuts, m.start, m.end)
	}
	sort.Ints(cuts)

	var open []*mark   // the marks open now, outermost first
	var active []*mark // the marks that cover the current cut, in before order
	next := 0          // next mark of sorted to start
	prev := -1
	for _, c := range cuts {
		if c == prev {
			continue
		}
		if prev >= 0 && c > prev {
			// Write the text from prev to c with active open.
			k := 0
			for k < len(open) && k < len(active) && open[k] == active[k] {
				k++
			}
			for j := len(open) - 1; j >= k; j-- {
				emit(piece{Close: true, M: open[j]})
			}
			open = open[:k]
			for _, m := range active[k:] {
				emit(piece{Open: true, M: m, Cont: m.start < prev})
				open = append(open, m)
			}
			emitText(emit, text[prev:c])
		}
		prev = c
		// Drop the marks that end at c, add those that start at c.
		keep := active[:0]
		for _, m := range active {
			if m.end > c {
				keep = append(keep, m)
			}
		}
		active = keep
		for next < len(sorted) && sorted[next].start == c {
			m := sorted[next]
			next++
			i := sort.Search(len(active), func(i int) bool { return before(m, active[i]) })
			active = append(active, nil)
			copy(active[i+1:], active[i:])
			active[i] = m
		}
	}
	for j := len(open) - 1; j >= 0; j-- {
		emit(piece{Close: true, M: open[j]})
	}
}

// emitText emits the pieces that write s: its carriage returns apart,
// since an HTML parser reads a bare CR as a line feed.
func emitText(emit func(piece), s string) {
	for {
		i := strings.IndexByte(s, '\r')
		if i < 0 {
			break
		}
		if i > 0 {
			emit(piece{Text: s[:i]})
		}
		emit(piece{CR: true})
		s = s[i+1:]
	}
	if s != "" {
		emit(piece{Text: s})
	}
}
