package view

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// A colour is an sRGB colour as 0xRRGGBB.
type colour uint32

func (c colour) String() string { return fmt.Sprintf("#%06x", uint32(c)) }

// luminance is the relative luminance of c (WCAG 2.1).
func (c colour) luminance() float64 {
	lin := func(v uint32) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(uint32(c)>>16&0xff) + 0.7152*lin(uint32(c)>>8&0xff) + 0.0722*lin(uint32(c)&0xff)
}

// contrast is the WCAG 2.1 contrast ratio of a and b, from 1 to 21.
func contrast(a, b colour) float64 {
	la, lb := a.luminance()+0.05, b.luminance()+0.05
	if la < lb {
		la, lb = lb, la
	}
	return la / lb
}

// mix returns a blended with b: t = 0 gives a, 1 gives b.
func mix(a, b colour, t float64) colour {
	ch := func(s uint) uint32 {
		x := float64(uint32(a)>>s&0xff)*(1-t) + float64(uint32(b)>>s&0xff)*t
		return uint32(math.Round(x))
	}
	return colour(ch(16)<<16 | ch(8)<<8 | ch(0))
}

const (
	ink   colour = 0x111111 // the text
	paper colour = 0xffffff // the page
)

// A hue is one speaker's colours: light is the background of their
// statements, dark draws the cue's underline, the mention's box and the
// kind label (white on dark).
type hue struct{ light, dark colour }

// fragment is the background of the quoted words in a mixed statement: a
// deeper shade of light.
func (h hue) fragment() colour { return mix(h.light, h.dark, 0.22) }

// palette holds the speakers' colours, given in the order of the speaker
// list; a twelfth speaker takes the first colour again. TestPalette checks
// that the text keeps a contrast of 4.5 on every background and the dark
// colours 4.5 against white (WCAG AA).
var palette = []hue{
	{0xcfe2ff, 0x0a58ca}, // blue
	{0xffe0b3, 0xa85400}, // orange
	{0xc8f0d0, 0x1e7b34}, // green
	{0xe6d4fa, 0x6f42c1}, // purple
	{0xffd1dc, 0xb02a4a}, // rose
	{0xc5f1ee, 0x0f766e}, // teal
	{0xfff0a0, 0x856a00}, // yellow
	{0xead7c7, 0x7a4a24}, // brown
	{0xd7f5b0, 0x4a7a0c}, // lime
	{0xf6d0f4, 0x9c2a96}, // magenta
	{0xd6dcf0, 0x3b4f8f}, // slate
}

// grey is the colour of statements with no speaker.
var grey = hue{0xe4e4e4, 0x595959}

// colourClass returns the CSS class of speaker i's colour.
func colourClass(i int) string { return "s" + strconv.Itoa(i%len(palette)) }

// paletteCSS returns the rules that colour the classes s0, s1, … and sx.
func paletteCSS() string {
	var b strings.Builder
	rule := func(class string, h hue) {
		fmt.Fprintf(&b, ".%s{--l:%v;--d:%v;--f:%v}\n", class, h.light, h.dark, h.fragment())
	}
	for i, h := range palette {
		rule("s"+strconv.Itoa(i), h)
	}
	rule("sx", grey)
	return b.String()
}
