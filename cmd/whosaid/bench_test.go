package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"testing"
)

// BenchmarkCLIJSONL runs the whole command on copies of the test article as
// JSON Lines, with all the CPUs.
func BenchmarkCLIJSONL(b *testing.B) {
	const copies = 64
	text, err := os.ReadFile(article)
	if err != nil {
		b.Fatal(err)
	}
	line, err := json.Marshal(map[string]string{"id": "dw", "text": string(text)})
	if err != nil {
		b.Fatal(err)
	}
	in := bytes.Repeat(append(line, '\n'), copies)
	args := []string{"-format", "jsonl", "-input", "jsonl"}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if st := run(args, bytes.NewReader(in), io.Discard, io.Discard); st != 0 {
			b.Fatalf("status %d", st)
		}
	}
}
