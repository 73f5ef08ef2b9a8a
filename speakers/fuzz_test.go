package speakers

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// checkInvariants fails t when r breaks a promise of Attribute.
func checkInvariants(t *testing.T, text string, r Result) {
	t.Helper()
	valid := func(what string, s Span) {
		require.True(t, s.Start >= 0 && s.Start <= s.End && s.End <= len(text), "%s %v is not a span of a %d-byte text", what, s, len(text))
	}
	prev := -1
	for i, a := range r.Attributions {
		valid("content", a.Content)
		require.NotZero(t, a.Content.Len(), "attribution %d has empty content", i)
		require.GreaterOrEqual(t, a.Content.Start, prev, "attribution %d starts before the previous one", i)
		prev = a.Content.Start
		valid("cue", a.Cue)
		valid("mention", a.Mention)
		for _, f := range a.Fragments {
			valid("fragment", f)
			require.True(t, a.Content.Contains(f), "fragment %v outside its content %v", f, a.Content)
		}
		require.True(t, a.Speaker >= -1 && a.Speaker < len(r.Speakers), "attribution %d has speaker %d of %d", i, a.Speaker, len(r.Speakers))
		require.True(t, a.Confidence >= 0 && a.Confidence <= 1, "attribution %d has confidence %v", i, a.Confidence)
		require.False(t, a.Kind == Direct && a.Mention.End > 0 && a.Mention.Start < a.Content.End && a.Content.Start < a.Mention.End, "the speaker's mention %v lies inside its quote %v", a.Mention, a.Content)
	}
	for _, s := range r.Speakers {
		for _, m := range s.Mentions {
			valid("speaker mention", m)
		}
	}
}

func FuzzAttribute(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*.txt")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b))
		}
	}
	for _, s := range []string{``, `"`, `“`, `"a," he said`, `said said said`, `, said`, `according to`, `"x" — `, "\"a\n\n\"b\n\n\"c\" she said", `Mr. . said`, "\xff\xfe said \"\x00\"", `Ann Bell added a goal, and`, "Bell wrote a \xff\x00 book about", `Bell is talking about going`, `Bell is talking about`, `A group called`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		all := Attribute(text)
		checkInvariants(t, text, all)
		// The tagger and the filter keep the promises; speech alone is
		// the statements of all acts that are speech.
		a := Attributor{POS: true, Acts: ActsOf(Speech)}
		r := a.Attribute(text)
		checkInvariants(t, text, r)
		var want []Span
		for _, at := range all.Attributions {
			require.Less(t, at.Act, numActs)
			if at.Act == Speech {
				want = append(want, at.Content)
			}
		}
		var got []Span
		for _, at := range r.Attributions {
			require.Equal(t, Speech, at.Act)
			got = append(got, at.Content)
		}
		if len(got) == len(want) { // the tagger may decide a sense otherwise
			require.Equal(t, want, got)
		}
	})
}
