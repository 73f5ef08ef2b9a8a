package main

import "encoding/json"

// speakerRow is one row of the per-speaker table, written as JSON Lines.
type speakerRow struct {
	Speaker    string `json:"speaker"`
	Kind       string `json:"kind"` // person, organization, group or unknown
	Statements int    `json:"statements"`
	Articles   int    `json:"articles"`
}

// addTallies is the combiner of the per-speaker table.
func addTallies(a, b tally) tally {
	return tally{Statements: a.Statements + b.Statements, Articles: a.Articles + b.Articles}
}

// formatSpeakerRow renders one row of the per-speaker table from its key
// (see speakerKey) and its totals.
func formatSpeakerRow(key string, t tally) (string, error) {
	var nk [2]string
	if err := json.Unmarshal([]byte(key), &nk); err != nil {
		return "", err
	}
	return encode(speakerRow{Speaker: nk[0], Kind: nk[1], Statements: t.Statements, Articles: t.Articles}), nil
}
