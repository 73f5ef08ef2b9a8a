package schema

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/whosaid/whosaid/speakers"
)

// Encode writes the record of one article to w as one line of JSON: the
// bytes that a json.Encoder with SetEscapeHTML(false) writes for head with
// its Quotes and Speakers made from r by New (text is what r attributed,
// head.Offsets the unit). It makes and writes the record one statement at a
// time, so that a huge record is never held whole: the command writes the
// records of huge articles with it. What it has written stays written when
// w fails.
func Encode(w io.Writer, head Article, text string, r speakers.Result) error {
	return encode(w, head, text, r, false)
}

// EncodeIndent is Encode for the indented form: what the json.Encoder
// writes after SetIndent("", "  ").
func EncodeIndent(w io.Writer, head Article, text string, r speakers.Result) error {
	return encode(w, head, text, r, true)
}

func encode(w io.Writer, head Article, text string, r speakers.Result, indent bool) error {
	var scratch bytes.Buffer
	enc := json.NewEncoder(&scratch)
	enc.SetEscapeHTML(false)
	// How the lists and their items look: an item of a list of the record
	// is indented twice.
	lists, sep, open, close := `"quotes":[],"speakers":[]`, `,"speakers":[`, "", ""
	if indent {
		enc.SetIndent("", "  ")
		lists, sep, open, close = "\"quotes\": [],\n  \"speakers\": []", ",\n  \"speakers\": [", "\n    ", "\n  "
	}
	head.Quotes, head.Speakers = []Quote{}, []Speaker{}
	if err := enc.Encode(head); err != nil {
		return err
	}
	// Strings are written with their quotation marks escaped, so this
	// can only be the record's own fields.
	whole := append([]byte(nil), scratch.Bytes()...)
	i := bytes.LastIndex(whole, []byte(lists))
	if i < 0 {
		return errors.New("schema: the record has no quotes and speakers")
	}
	if indent {
		enc.SetIndent("    ", "  ")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(whole[:i+len(`"quotes":`)])
	if indent {
		bw.WriteByte(' ')
	}
	bw.WriteByte('[')
	n := 0
	item := func(v any) error {
		if n > 0 {
			bw.WriteByte(',')
		}
		n++
		scratch.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		b := scratch.Bytes()
		bw.WriteString(open)
		_, err := bw.Write(b[:len(b)-1]) // without the newline
		return err
	}
	end := func() {
		if n > 0 {
			bw.WriteString(close)
		}
		bw.WriteByte(']')
		n = 0
	}
	u := newUnits(text, head.Offsets)
	for _, a := range r.Attributions {
		if err := item(u.quote(r, a)); err != nil {
			return err
		}
	}
	end()
	bw.WriteString(sep)
	// A speaker named in every sentence of a huge text has as many
	// mentions as it has statements: they are written one at a time too,
	// after the speaker's other fields.
	mentions, mopen, mclose, mprefix := `"mentions":[]`, "", "", ""
	if indent {
		mentions, mopen, mclose, mprefix = `"mentions": []`, "\n        ", "\n      ", "        "
	}
	for k, s := range r.Speakers {
		js := u.speaker(speakers.Speaker{Name: s.Name, Kind: s.Kind, Titles: s.Titles})
		if k > 0 {
			bw.WriteByte(',')
		}
		scratch.Reset()
		if err := enc.Encode(js); err != nil {
			return err
		}
		b := bytes.Clone(scratch.Bytes())
		j := bytes.LastIndex(b, []byte(mentions))
		if j < 0 {
			return errors.New("schema: a speaker has no mentions")
		}
		bw.WriteString(open)
		bw.Write(b[:j+len(mentions)-1])
		if indent {
			enc.SetIndent(mprefix, "  ")
		}
		for m, span := range s.Mentions {
			if m > 0 {
				bw.WriteByte(',')
			}
			scratch.Reset()
			if err := enc.Encode(u.span(span)); err != nil {
				return err
			}
			bw.WriteString(mopen)
			sb := scratch.Bytes()
			bw.Write(sb[:len(sb)-1])
		}
		if len(s.Mentions) > 0 {
			bw.WriteString(mclose)
		}
		if indent {
			enc.SetIndent("    ", "  ")
		}
		bw.Write(b[j+len(mentions)-1 : len(b)-1]) // "]" and what follows, without the newline
		n++
	}
	end()
	bw.Write(whole[i+len(lists):])
	return bw.Flush()
}

// EachQuote calls f with the record of each statement of r in turn, as New
// makes them, and stops at the first error f returns: for writers of other
// forms that do not hold a huge record whole.
func EachQuote(text, unit string, r speakers.Result, f func(Quote) error) error {
	u := newUnits(text, unit)
	for _, a := range r.Attributions {
		if err := f(u.quote(r, a)); err != nil {
			return err
		}
	}
	return nil
}
