"""whosaid.attribute against the real binary."""

import json
import threading
import unittest

import support
from support import ARTICLE, check_spans, whosaid


def setUpModule():
    support.binary()


class TestAttribute(unittest.TestCase):
    def test_test_article(self):
        a = whosaid.attribute(ARTICLE, id="dw")
        self.assertEqual(a.id, "dw")
        self.assertIsNone(a.error)
        self.assertTrue(a.ok)
        self.assertEqual(a.text, ARTICLE)
        check_spans(self, a)
        names = {s.name for s in a.speakers}
        self.assertIn("Gina Raimondo", names)
        self.assertIn("Wang Wentao", names)
        by = {s.text: s for s in a.statements}
        q = by['"It\'s a challenging relationship. We will of course disagree on certain issues,"']
        self.assertEqual((q.kind, q.speaker, q.mention.text, q.cue.text, q.rule),
                         ("direct", "Gina Raimondo", "Raimondo", "said", "cue-after"))
        wang = [s for s in a.statements if s.speaker == "Wang Wentao"]
        self.assertTrue(any(s.mention and s.mention.text == "The minister" for s in wang), wang)
        mixed = [s for s in a.statements if s.kind == "mixed"]
        self.assertTrue(mixed and all(s.fragments for s in mixed), mixed)

    def test_same_as_the_command(self):
        # The Article holds what whosaid -format jsonl writes, field by field.
        out, status = support.run_cli("-format", "jsonl", "-offsets", "runes", str(support.ARTICLE_PATH))
        self.assertEqual(status, 0)
        rec = json.loads(out)
        a = whosaid.attribute(ARTICLE)
        self.assertEqual(len(a.statements), len(rec["quotes"]))
        for s, q in zip(a.statements, rec["quotes"]):
            got = (s.start, s.end, s.text, s.kind, s.speaker, s.cue and s.cue.text, s.rule, s.confidence,
                   [(f.start, f.end) for f in s.fragments], s.act)
            want = (q["start"], q["end"], q["text"], q["kind"], q["speaker"] and q["speaker"]["name"],
                    q["cue"] and q["cue"]["text"], q["rule"], q["confidence"],
                    [(f["start"], f["end"]) for f in q["fragments"]], q["act"])
            self.assertEqual(got, want)
        self.assertEqual([(s.name, s.kind, s.titles, len(s.mentions)) for s in a.speakers],
                         [(s["name"], s["kind"], s["titles"], len(s["mentions"])) for s in rec["speakers"]])

    def test_offsets_are_python_indexes(self):
        # Characters outside the BMP are one Python index but four UTF-8
        # bytes and two UTF-16 units: every span must still slice the text.
        prefix = "🇺🇸📰 Trade 𝕿𝖆𝖑𝖐𝖘 😀\n\n"
        extra = '\n\n"We love 🐼 pandas 😀 and 🥟 dumplings," said Ann Bell, who runs a zoo in 🏙️ Boston.\n'
        text = prefix + ARTICLE + extra
        plain = whosaid.attribute(ARTICLE)
        a = whosaid.attribute(text)
        check_spans(self, a)
        self.assertEqual(len(a.statements), len(plain.statements) + 1)
        for s, p in zip(a.statements, plain.statements):
            self.assertEqual((s.start, s.end), (p.start + len(prefix), p.end + len(prefix)))
        last = a.statements[-1]
        self.assertEqual(last.text, '"We love 🐼 pandas 😀 and 🥟 dumplings,"')
        self.assertEqual(last.speaker, "Ann Bell")

    def test_lone_surrogate(self):
        # A lone surrogate cannot be UTF-8: whosaid reads it as U+FFFD, one
        # index as well, so the offsets still hold.
        text = '\ud800 "It is fine," said Ann Bell.'
        a = whosaid.attribute(text)
        self.assertEqual(len(a.statements), 1)
        s = a.statements[0]
        self.assertEqual(text[s.start:s.end], s.text)

    def test_no_statement(self):
        for text in ["", "   ", "The weather was fine."]:
            a = whosaid.attribute(text, id=text)
            self.assertEqual((a.id, a.statements, a.error), (text, [], None))

    def test_record_error(self):
        # The command takes articles up to 64 MiB: a larger one is a record
        # error, raised here; the process goes on.
        big = "a" * ((64 << 20) + 1)
        with self.assertRaises(whosaid.RecordError) as cm:
            whosaid.attribute(big, id="big")
        del big
        self.assertEqual(cm.exception.id, "big")
        self.assertIn("64 MiB", cm.exception.message)
        self.assertIsInstance(cm.exception, whosaid.Error)
        a = whosaid.attribute('"Still here," said Ann Bell.', id="after")
        self.assertEqual((a.id, a.statements[0].speaker), ("after", "Ann Bell"))

    def test_bad_arguments(self):
        with self.assertRaises(TypeError):
            whosaid.attribute(b"bytes")
        with self.assertRaises(TypeError):
            whosaid.attribute()
        with self.assertRaises(TypeError):
            whosaid.attribute("text", html="<p>html</p>")

    def test_threads(self):
        # attribute from several threads at once on the shared process:
        # each caller gets the answer for its own article.
        errors = []

        def work(t):
            try:
                for i in range(15):
                    name = f"Speaker{t}x{i} Jones"
                    text = f'"Thread {t} item {i} here," said {name}.'
                    a = whosaid.attribute(text, id=(t, i))
                    if a.id != (t, i) or a.text != text or [s.speaker for s in a.statements] != [name]:
                        errors.append((t, i, a))
            except Exception as e:  # reported below
                errors.append(e)

        threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(120)
            self.assertFalse(th.is_alive(), "a thread hangs")
        self.assertEqual(errors, [])



# One statement of each act (invented).
ACTS_TEXT = ('Ann Bell said the count was wrong. She thinks that the clerk made a mistake. '
             '"We will appeal," she said. Dunn wants a recount of every ballot. '
             'A poll shows Bell ahead by ten points. The case seems likely to drag on for months.')
ALL_ACTS = ["speech", "thought", "speech", "intent", "finding", "appearance"]


class TestActs(unittest.TestCase):
    def test_every_act(self):
        a = whosaid.attribute(ACTS_TEXT)
        self.assertEqual([s.act for s in a.statements], ALL_ACTS)
        rows = list(whosaid.to_rows([a]))
        self.assertEqual([r["act"] for r in rows], ALL_ACTS)
        self.assertEqual(whosaid.COLUMNS[-1], "act")

    def test_filter(self):
        cases = [
            (None, ALL_ACTS),
            ("all", ALL_ACTS),
            ("speech", ["speech", "speech"]),
            ("Thought, intent", ["thought", "intent"]),
            (["finding", "appearance"], ["finding", "appearance"]),
            (("speech", "thought", "intent", "finding", "appearance"), ALL_ACTS),
        ]
        for acts, want in cases:
            with self.subTest(acts=acts):
                a = whosaid.attribute(ACTS_TEXT, acts=acts)
                self.assertEqual([s.act for s in a.statements], want)
                many = list(whosaid.attribute_many([ACTS_TEXT, ("b", ACTS_TEXT)], jobs=2, acts=acts))
                self.assertEqual([[s.act for s in m.statements] for m in many], [want, want])
        # The same as the command with -acts.
        out, status = support.run_cli("-format", "jsonl", "-acts", "speech,finding", str(support.ARTICLE_PATH))
        self.assertEqual(status, 0)
        rec = json.loads(out)
        a = whosaid.attribute(ARTICLE, acts="speech,finding")
        self.assertEqual([(s.start, s.end, s.act) for s in a.statements],
                         [(q["start"], q["end"], q["act"]) for q in rec["quotes"]])
        with whosaid.Attributor(acts=["intent"]) as at:
            self.assertEqual([s.act for s in at.attribute(ACTS_TEXT).statements], ["intent"])

    def test_bad_acts(self):
        for acts, exc in [("belief", ValueError), (["speech", "belief"], ValueError), ([], ValueError),
                          ([3], TypeError), ("speech,", ValueError)]:
            with self.subTest(acts=acts):
                with self.assertRaises(exc):
                    whosaid.attribute(ACTS_TEXT, acts=acts)
        # the shared process still answers
        self.assertEqual(len(whosaid.attribute(ACTS_TEXT).statements), len(ALL_ACTS))


if __name__ == "__main__":
    unittest.main()
