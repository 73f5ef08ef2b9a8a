"""Web pages: items with "html" (needs a whosaid that reads HTML)."""

import html
import unittest

import support
from support import ARTICLE, check_spans, whosaid

URL = "https://news.example.org/2023/08/28/raimondo-beijing"
HEADLINE = "US wants 'stable' ties with China, commerce secretary says"
EXTRA = '"We love 🐼 pandas 😀 and 🥟 dumplings," said Ann Bell, a zookeeper in Boston.'


def page() -> str:
    """The test article in an invented news-site layout: menus, a cookie
    banner, share buttons, a caption and related links around it."""
    paras = [p.strip() for p in ARTICLE.split("\n\n")]
    body = paras[paras.index("August 28, 2023") + 1:]
    parts = []
    for p in body + [EXTRA]:
        if "\n" in p:  # the picture's alt text and its caption
            alt, caption = p.split("\n", 1)
            parts.append(f'<figure><img src="/img/1.jpg" alt="{html.escape(alt)}">'
                         f"<figcaption>{html.escape(caption)}</figcaption></figure>")
        elif len(p) < 40 and not p.endswith("."):
            parts.append(f"<h2>{html.escape(p)}</h2>")
        else:
            parts.append(f"<p>{html.escape(p)}</p>")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(HEADLINE)} | Example News</title>
<meta property="og:title" content="{html.escape(HEADLINE)}">
<meta name="author" content="Jo Example">
<meta property="article:published_time" content="2023-08-28T09:00:00+00:00">
<link rel="canonical" href="{URL}">
</head><body>
<div id="cookie-banner">We use cookies. <button>Accept cookies</button> <button>Settings</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>{html.escape(HEADLINE)}</h1>
<p class="byline">By Jo Example, <time datetime="2023-08-28">August 28, 2023</time></p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
{"".join(parts)}
</article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Chip exports: what the new rules mean</a></li>
<li><a href="/b">Yellen ends Beijing visit</a></li></ul></aside>
</main>
<footer><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a> © Example News</footer>
</body></html>"""


def setUpModule():
    support.binary()
    if not support.reads_html():
        raise unittest.SkipTest(f"{support.binary()} reads no \"html\" records (needs the HTML input from the reach branch)")


class TestHTML(unittest.TestCase):
    def test_page(self):
        a = whosaid.attribute(html=page(), id="page")
        self.assertEqual(a.id, "page")
        self.assertIsNotNone(a.text)
        check_spans(self, a)
        self.assertIn("It's a challenging relationship", a.text)
        self.assertNotIn("Accept cookies", a.text)
        self.assertNotIn("Related stories", a.text)
        self.assertEqual(a.title, HEADLINE)
        self.assertEqual(a.author, "Jo Example")
        self.assertEqual(a.date, "2023-08-28")
        names = {s.name for s in a.speakers}
        self.assertTrue({"Gina Raimondo", "Wang Wentao", "Ann Bell"} <= names, names)
        by = {s.text: s for s in a.statements}
        q = by['"It\'s a challenging relationship. We will of course disagree on certain issues,"']
        self.assertEqual(q.speaker, "Gina Raimondo")
        q = by['"We love 🐼 pandas 😀 and 🥟 dumplings,"']
        self.assertEqual((q.speaker, a.text[q.mention.start:q.mention.end]), ("Ann Bell", "Ann Bell"))

    def test_same_statements_as_the_text(self):
        a = whosaid.attribute(html=page())
        plain = whosaid.attribute(ARTICLE + "\n\n" + EXTRA)
        self.assertEqual([(s.text, s.speaker) for s in a.statements if s.kind == "direct"],
                         [(s.text, s.speaker) for s in plain.statements if s.kind == "direct"])

    def test_items(self):
        items = [{"id": "p", "html": page(), "url": URL},
                 {"id": "empty", "html": "<html><body><nav>Home</nav></body></html>"},
                 ("t", '"Plain text still works," said Ann Bell.')]
        got = list(whosaid.attribute_many(items, jobs=2))
        self.assertEqual([a.id for a in got], ["p", "empty", "t"])
        self.assertIsNone(got[0].error)
        self.assertEqual(got[0].url, URL)
        check_spans(self, got[0])
        self.assertIsNotNone(got[1].error)  # no article in the page
        self.assertEqual(got[2].statements[0].speaker, "Ann Bell")
        with self.assertRaises(whosaid.RecordError):
            whosaid.attribute(html="<html><body><nav>Home</nav></body></html>")


if __name__ == "__main__":
    unittest.main()
