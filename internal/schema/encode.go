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
	var scratch bytes.Buffer
	enc := json.NewEncoder(&scratch)
	enc.SetEscapeHTML(false)
	head.Quotes, head.Speakers = []Quote{}, []Speaker{}
	if err := enc.Encode(head); err != nil {
		return err
	}
	// Strings are written with their quotation marks escaped, so this
	// can only be the record's own fields.
	const lists = `"quotes":[],"speakers":[]`
	whole := append([]byte(nil), scratch.Bytes()...)
	i := bytes.LastIndex(whole, []byte(lists))
	if i < 0 {
		return errors.New("schema: the record has no quotes and speakers")
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.Write(whole[:i+len(`"quotes":[`)])
	item := func(k int, v any) error {
		if k > 0 {
			bw.WriteByte(',')
		}
		scratch.Reset()
		if err := enc.Encode(v); err != nil {
			return err
		}
		b := scratch.Bytes()
		_, err := bw.Write(b[:len(b)-1]) // without the newline
		return err
	}
	u := newUnits(text, head.Offsets)
	for k, a := range r.Attributions {
		if err := item(k, u.quote(r, a)); err != nil {
			return err
		}
	}
	bw.WriteString(`],"speakers":[`)
	for k, s := range r.Speakers {
		if err := item(k, u.speaker(s)); err != nil {
			return err
		}
	}
	bw.WriteByte(']')
	bw.Write(whole[i+len(lists):])
	return bw.Flush()
}
