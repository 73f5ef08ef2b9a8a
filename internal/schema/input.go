package schema

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Input is one article as read from a JSON Lines record
// {"id": ..., "text": ...}; other fields are ignored.
type Input struct {
	// ID is the record's id: a JSON string as it is, any other JSON value
	// as its JSON text. HasID is false when the record has none or it is
	// null.
	ID    string
	HasID bool
	Text  string
}

// Decode decodes one JSON Lines record b, which is not blank. It fails,
// with a message that says why and no file or line (the caller knows
// those), when b is not a JSON object, when "text" is missing, null or not
// a string, or when the text is over limit bytes. The id is decoded even
// when Decode fails, so that the error record can carry it.
func Decode(b []byte, limit int) (Input, error) {
	var in Input
	var raw struct {
		ID   json.RawMessage `json:"id"`
		Text json.RawMessage `json:"text"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return in, fmt.Errorf("not JSON at byte %d: %v", se.Offset, err)
		}
		return in, errors.New("not a JSON object: " + err.Error())
	}
	if len(raw.ID) > 0 && string(raw.ID) != "null" {
		in.HasID = true
		var s string
		if json.Unmarshal(raw.ID, &s) == nil {
			in.ID = s
		} else {
			in.ID = string(raw.ID)
		}
	}
	switch {
	case len(raw.Text) == 0:
		return in, errors.New(`no "text" field`)
	case string(raw.Text) == "null":
		return in, errors.New(`"text" is null`)
	}
	if err := json.Unmarshal(raw.Text, &in.Text); err != nil {
		return in, errors.New(`"text" is not a string`)
	}
	if len(in.Text) > limit {
		in.Text = ""
		return in, errors.New("article is over the " + Size(limit) + " limit")
	}
	return in, nil
}

// Size writes a limit in bytes for a message: "64 MiB", "1000-byte".
func Size(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d-byte", n)
}
