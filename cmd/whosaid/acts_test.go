package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/whosaid/whosaid/internal/schema"
)

// actsText has one statement of each act.
const actsText = `Ann Bell said the count was wrong. She thinks that the clerk made a mistake. "We will appeal," she said. Dunn wants a recount of every ballot. A poll shows Bell ahead by ten points. The case seems likely to drag on for months.`

// actsOf returns the acts of the statements of one JSON record.
func actsOf(t *testing.T, record string) []string {
	t.Helper()
	var a schema.Article
	require.NoError(t, json.Unmarshal([]byte(record), &a), "%s", record)
	acts := []string{}
	for _, q := range a.Quotes {
		acts = append(acts, q.Act)
	}
	return acts
}

func TestActsFlag(t *testing.T) {
	in := jsonBody(t, map[string]string{"id": "a", "text": actsText}) + "\n"
	tests := []struct {
		args []string
		want []string
	}{
		{nil, []string{"speech", "thought", "speech", "intent", "finding", "appearance"}},
		{[]string{"-acts", "all"}, []string{"speech", "thought", "speech", "intent", "finding", "appearance"}},
		{[]string{"-acts", "speech"}, []string{"speech", "speech"}},
		{[]string{"-acts", "thought,intent"}, []string{"thought", "intent"}},
		{[]string{"-acts", "Finding, appearance"}, []string{"finding", "appearance"}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			out, stderr, st := runCmd(t, command{}, in, append([]string{"-format", "jsonl"}, tc.args...)...)
			require.Equal(t, 0, st, stderr)
			assert.Equal(t, tc.want, actsOf(t, out))
		})
	}
	// CSV has the act as its last column.
	out, _, st := runCmd(t, command{}, in, "-format", "csv", "-acts", "speech")
	require.Equal(t, 0, st)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3)
	assert.True(t, strings.HasSuffix(lines[0], ",act"))
	assert.True(t, strings.HasSuffix(lines[1], ",speech"))

	for _, bad := range []string{"speech,belief", "", ","} {
		if bad == "" {
			continue // "" is every act
		}
		out, stderr, st := runCmd(t, command{}, in, "-acts", bad)
		assert.Equal(t, 2, st, "-acts %q", bad)
		assert.Empty(t, out)
		assert.Contains(t, stderr, "whosaid: -acts: unknown act")
	}
}

func TestServeActs(t *testing.T) {
	s := startServer(t)
	all := []string{"speech", "thought", "speech", "intent", "finding", "appearance"}
	tests := []struct {
		name, query string
		body        map[string]any
		status      int
		want        []string
		err         string
	}{
		{"default", "", map[string]any{"text": actsText}, 200, all, ""},
		{"query", "?acts=speech", map[string]any{"text": actsText}, 200, []string{"speech", "speech"}, ""},
		{"field string", "", map[string]any{"text": actsText, "acts": "thought,intent"}, 200, []string{"thought", "intent"}, ""},
		{"field array", "", map[string]any{"text": actsText, "acts": []string{"finding", "appearance"}}, 200, []string{"finding", "appearance"}, ""},
		{"field over query", "?acts=speech", map[string]any{"text": actsText, "acts": "intent"}, 200, []string{"intent"}, ""},
		{"field all", "", map[string]any{"text": actsText, "acts": "all"}, 200, all, ""},
		{"bad query", "?acts=belief", map[string]any{"text": actsText}, 400, nil, `"acts": unknown act "belief"`},
		{"bad field", "", map[string]any{"text": actsText, "acts": "speech,belief"}, 400, nil, `"acts": unknown act "belief"`},
		{"field not a list", "", map[string]any{"text": actsText, "acts": 3}, 400, nil, `"acts" must be a string or an array of strings`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			st, body, _ := post(t, s.url+"/v1/attribute"+tc.query, "application/json", strings.NewReader(jsonBody(t, tc.body)))
			require.Equal(t, tc.status, st, body)
			if tc.err != "" {
				assert.Contains(t, errorOf(t, body), tc.err)
				return
			}
			assert.Equal(t, tc.want, actsOf(t, body))
		})
	}
	// text/plain takes the query parameter.
	st, body, _ := post(t, s.url+"/v1/attribute?acts=finding", "text/plain", strings.NewReader(actsText))
	require.Equal(t, 200, st)
	assert.Equal(t, []string{"finding"}, actsOf(t, body))

	// A batch takes the query parameter, and answers as the command does.
	in := jsonBody(t, map[string]string{"id": "a", "text": actsText}) + "\n" + jsonBody(t, map[string]string{"id": "b", "text": actsText}) + "\n"
	want, _, code := runCmd(t, command{}, in, "-format", "jsonl", "-acts", "speech,finding")
	require.Equal(t, 0, code)
	st, got, _ := post(t, s.url+"/v1/attribute:batch?acts=speech,finding", "application/jsonl", strings.NewReader(in))
	require.Equal(t, 200, st)
	assert.Equal(t, want, got)
	st, got, _ = post(t, s.url+"/v1/attribute:batch?acts=nope", "application/jsonl", strings.NewReader(in))
	assert.Equal(t, 400, st)
	assert.Contains(t, errorOf(t, got), `unknown act "nope"`)

	// The server's -acts is the default.
	s2 := startServer(t, "-acts", "intent")
	st, body, _ = post(t, s2.url+"/v1/attribute", "application/json", strings.NewReader(jsonBody(t, map[string]any{"text": actsText})))
	require.Equal(t, 200, st)
	assert.Equal(t, []string{"intent"}, actsOf(t, body))
	_, stderr, code := runCmd(t, command{}, "", "serve", "-acts", "belief")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "whosaid serve: -acts: unknown act")
}

// errorOf returns the message of a JSON error answer.
func errorOf(t *testing.T, body string) string {
	t.Helper()
	var e struct{ Error string }
	require.NoError(t, json.Unmarshal([]byte(body), &e), "%s", body)
	return e.Error
}
