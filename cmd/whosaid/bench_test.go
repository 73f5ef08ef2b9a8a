package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkCLIJSONL runs the whole command on copies of the test article as
// JSON Lines, with all the CPUs.
func BenchmarkCLIJSONL(b *testing.B) {
	const copies = 64
	text, err := os.ReadFile(article)
	require.NoError(b, err)
	line, err := json.Marshal(map[string]string{"id": "dw", "text": string(text)})
	require.NoError(b, err)
	in := bytes.Repeat(append(line, '\n'), copies)
	args := []string{"-format", "jsonl", "-input", "jsonl"}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		st := run(args, bytes.NewReader(in), io.Discard, io.Discard)
		require.Equal(b, 0, st)
	}
}
