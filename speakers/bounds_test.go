package speakers

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestContentBounds checks where reported content starts and ends, with
// sentences of our own.
func TestContentBounds(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		reason string
	}{
		// Dashes (spaced hyphens are dashes too).
		{"a spaced hyphen ends the content", `Nell Ostrow said the harbour was full - a claim the port board disputes.`,
			[]string{`indirect «the harbour was full» ← Nell Ostrow [Nell Ostrow] (said; cue-before)`}, "the remark after the dash is the writer's"},
		{"a double hyphen ends the content", `Nell Ostrow said the harbour was full -- a claim the port board disputes.`,
			[]string{`indirect «the harbour was full» ← Nell Ostrow [Nell Ostrow] (said; cue-before)`}, ""},
		{"an aside between dashes stays inside", `Tom Hale said the ferries -- nine of them in all -- would stop on Friday.`,
			[]string{`indirect «the ferries -- nine of them in all -- would stop on Friday» ← Tom Hale [Tom Hale] (said; cue-before)`}, "the clause goes on after the aside"},
		{"an aside between em dashes stays inside", `Tom Hale said the ferries — nine of them in all — would stop on Friday.`,
			[]string{`indirect «the ferries — nine of them in all — would stop on Friday» ← Tom Hale [Tom Hale] (said; cue-before)`}, ""},
		{"a clause of the writer's after an aside", `Tom Hale said the ferries would stop — nine of them in all — but the port stayed calm.`,
			[]string{`indirect «the ferries would stop» ← Tom Hale [Tom Hale] (said; cue-before)`}, "but opens the writer's clause"},
		{"a capitalised clause after an aside", `Tom Hale said the ferries would stop — nine of them in all — Ferry owners were not told.`,
			[]string{`indirect «the ferries would stop» ← Tom Hale [Tom Hale] (said; cue-before)`}, ""},
		{"a dash that goes on with the clause", `Tom Hale said the ferries would stop - and the trains would follow.`,
			[]string{`indirect «the ferries would stop - and the trains would follow» ← Tom Hale [Tom Hale] (said; cue-before)`}, "and goes on with the reported clause"},
		{"a hyphen left by a line break is no dash", `Tom Hale said the con- tract was void.`,
			[]string{`indirect «the con- tract was void» ← Tom Hale [Tom Hale] (said; cue-before)`}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Attribute(tt.text)
			got := renderAll(tt.text, r)
			assert.Equal(t, strings.Join(tt.want, "\n"), strings.Join(got, "\n"), "Attribute(%q) (%s)", tt.text, tt.reason)
		})
	}
}
