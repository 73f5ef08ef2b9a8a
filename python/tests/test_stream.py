"""whosaid.attribute_many against the real binary: order, ids, errors,
streams larger than the pipes, input that pauses."""

import threading
import time
import unittest

import support
from support import ARTICLE, check_spans, whosaid


def setUpModule():
    support.binary()


def quote(i):
    name = f"Person{i} Jones"
    return name, f'"This is statement {i}," said {name}.'


def collect(it, timeout=300):
    """Reads the iterator on another thread, failing rather than hanging."""
    out, err = [], []

    def run():
        try:
            out.extend(it)
        except BaseException as e:  # reported to the caller
            err.append(e)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout)
    if t.is_alive():
        raise AssertionError(f"attribute_many hangs after {len(out)} results")
    if err:
        raise err[0]
    return out


class TestStream(unittest.TestCase):
    def test_item_forms(self):
        _, t = quote(0)
        items = [t, ("pair", t), {"id": "dict", "text": t}, {"text": t}, {"id": None, "text": t}, t.encode()]
        got = collect(whosaid.attribute_many(items))
        self.assertEqual([a.id for a in got], [0, "pair", "dict", 3, 4, 5])
        for a in got:
            self.assertIsNone(a.error)
            self.assertEqual(a.text, t)
            self.assertEqual([s.speaker for s in a.statements], ["Person0 Jones"])

    def test_order_and_ids(self):
        # Many items of very different sizes with jobs > 1: the results
        # come back in order, each for its own item.
        for jobs in (2, 3):
            with self.subTest(jobs=jobs):
                items, want = [], []
                for i in range(400):
                    name, t = quote(i)
                    if i % 50 == 7:
                        t = ARTICLE + "\n\n" + t  # a long one among short ones
                    items.append((f"id-{i}", t))
                    want.append(name)
                got = collect(whosaid.attribute_many(iter(items), jobs=jobs))
                self.assertEqual([a.id for a in got], [i for i, _ in items])
                for a, (_, t), name in zip(got, items, want):
                    self.assertIsNone(a.error)
                    self.assertEqual(a.text, t)
                    self.assertEqual(a.statements[-1].speaker, name, a.id)
                    check_spans(self, a)

    def test_errors_do_not_stop_the_stream(self):
        class NotJSON:
            pass

        items = []
        for i in range(60):
            _, t = quote(i)
            items.append({"id": i, "text": t})
        bad = {
            5: {"id": 5, "text": 12},  # whosaid's error
            6: {"id": 6, "text": None},  # whosaid's error
            10: {"id": 10, "txt": "typo"},  # no text
            20: 42,  # not an item
            30: {"id": 30, "text": "x", "when": NotJSON()},  # not JSON
            31: (31, None),
            40: ("a", "b", "c"),
        }
        for i, item in bad.items():
            items[i] = item
        got = collect(whosaid.attribute_many(items, jobs=2))
        self.assertEqual([a.id for a in got], list(range(60)))
        for a in got:
            if a.id in bad:
                self.assertIsNotNone(a.error, a)
                self.assertEqual(a.statements, [])
                self.assertNotIn("stdin:", a.error)
            else:
                self.assertIsNone(a.error, a)
                self.assertEqual(a.statements[0].speaker, f"Person{a.id} Jones")
        self.assertEqual(got[5].error, '"text" is not a string')
        self.assertEqual(got[6].error, '"text" is null')
        self.assertIn("no \"text\"", got[10].error)

    def test_larger_than_the_pipes(self):
        # About 16 MB in and more out, from a generator, read while it is
        # written: pipe buffers are 64 KiB, so feeding and reading must go
        # on at once.
        n = 5000

        def items():
            for i in range(n):
                yield (i, ARTICLE)

        count = 0
        for a in collect(whosaid.attribute_many(items(), jobs=2)):
            self.assertEqual(a.id, count)
            self.assertEqual(len(a.statements), 16)
            count += 1
        self.assertEqual(count, n)

    def test_one_large_article(self):
        # One article far larger than the pipe buffers, each way.
        text = "\n\n".join(ARTICLE for _ in range(400))  # 1.2 MB
        a = whosaid.attribute(text, id="large")
        self.assertEqual(len(a.statements), 16 * 400)
        check_spans(self, a)

    def test_input_that_pauses(self):
        # The next item comes only once the result of the one before is
        # in: whosaid must answer each record when its input pauses.
        got_one = threading.Event()
        waited = []

        def items():
            for i in range(20):
                got_one.clear()
                yield quote(i)[1]
                if not got_one.wait(30):
                    waited.append(i)
                    return

        results = []
        for a in whosaid.attribute_many(items()):  # items() ends rather than hangs
            results.append(a)
            got_one.set()
        self.assertEqual(waited, [])
        self.assertEqual([a.id for a in results], list(range(20)))

    def test_items_raise(self):
        def items():
            yield quote(0)[1]
            yield quote(1)[1]
            raise ValueError("corpus broken")

        got = []
        with self.assertRaisesRegex(ValueError, "corpus broken"):
            for a in whosaid.attribute_many(items()):
                got.append(a.id)
        self.assertEqual(got, [0, 1])
        self.assertEqual(whosaid.attribute("ok").id, None)

    def test_stop_early(self):
        # Leaving a stream early stops reading items; the results still in
        # flight are dropped and the process goes on for the next call.
        taken = []

        def items():
            for i in range(100000):
                taken.append(i)
                yield quote(i)[1]

        for a in whosaid.attribute_many(items()):
            if a.id == 10:
                break
        time.sleep(0.2)
        self.assertLess(len(taken), 1000)  # bounded by the window
        a = whosaid.attribute(quote(7)[1], id="next")
        self.assertEqual((a.id, a.statements[0].speaker), ("next", "Person7 Jones"))
        got = collect(whosaid.attribute_many(quote(i)[1] for i in range(50)))
        self.assertEqual([a.statements[0].speaker for a in got], [f"Person{i} Jones" for i in range(50)])

    def test_empty(self):
        self.assertEqual(list(whosaid.attribute_many([])), [])


if __name__ == "__main__":
    unittest.main()
