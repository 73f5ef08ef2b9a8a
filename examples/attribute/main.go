// Attribute prints each statement of a news article with its speaker, its
// cue and its kind.
//
// From the module root:
//
//	go run ./examples/attribute testdata/dw-raimondo-beijing-2023.txt
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/whosaid/whosaid/speakers"
)

func main() {
	log.SetFlags(0)
	if len(os.Args) != 2 {
		log.Fatal("usage: attribute FILE")
	}
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	text := string(b)

	// All offsets are byte spans into text; Text slices them out.
	r := speakers.Attribute(text)
	for _, a := range r.Attributions {
		who := "(unknown)"
		if a.Speaker >= 0 {
			who = r.Speakers[a.Speaker].Name
		}
		cue := "no cue" // a.Cue is empty for a continuation or a lone quote
		if a.Cue.End > 0 {
			cue = fmt.Sprintf("cue %q", a.Cue.Text(text))
		}
		fmt.Printf("%-8s «%s»\n         ← %s, %s\n", a.Kind, a.Text(text), who, cue)
	}
}
