package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadLines(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  []inputLine
	}{
		{
			name: "blank lines are skipped but counted",
			in:   "{\"text\":\"a\"}\n\n  \t\n{\"text\":\"b\"}\n",
			want: []inputLine{
				{File: "f.jsonl", Line: 1, Data: []byte(`{"text":"a"}`)},
				{File: "f.jsonl", Line: 4, Data: []byte(`{"text":"b"}`)},
			},
		},
		{
			name: "CRLF endings, a byte order mark and no final newline",
			in:   "\ufeff{\"text\":\"a\"}\r\n{\"text\":\"b\"}",
			want: []inputLine{
				{File: "f.jsonl", Line: 1, Data: []byte(`{"text":"a"}`)},
				{File: "f.jsonl", Line: 2, Data: []byte(`{"text":"b"}`)},
			},
		},
		{
			name:  "a line over twice the article limit is emitted without its bytes",
			in:    "{\"text\":\"" + strings.Repeat("x", 30) + "\"}\n{\"text\":\"ok\"}\n",
			limit: 10,
			want: []inputLine{
				{File: "f.jsonl", Line: 1, TooLong: true},
				{File: "f.jsonl", Line: 2, Data: []byte(`{"text":"ok"}`)},
			},
		},
		{
			name:  "a long blank line is still blank",
			in:    strings.Repeat(" ", 100) + "\n{\"text\":\"ok\"}\n",
			limit: 10,
			want: []inputLine{
				{File: "f.jsonl", Line: 2, Data: []byte(`{"text":"ok"}`)},
			},
		},
		{name: "empty file", in: "", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			limit := tt.limit
			if limit == 0 {
				limit = 1 << 20
			}
			var got []inputLine
			err := readLines(strings.NewReader(tt.in), "f.jsonl", limit, func(l inputLine) { got = append(got, l) })
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}
