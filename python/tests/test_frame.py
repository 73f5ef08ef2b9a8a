"""to_rows and to_dataframe: the rows of whosaid -format csv."""

import csv
import io
import json
import unittest

import support
from support import ARTICLE, whosaid

ITEMS = [
    {"id": "dw", "text": ARTICLE},
    {"id": "quiet", "text": "Nothing was said."},
    {"id": "bad", "text": 5},
    {"id": "emoji", "text": '😀 "We love 🐼 pandas," said Ann Bell. "Really," she added.'},
]


def setUpModule():
    support.binary()


try:
    import pandas  # noqa: F401

    HAVE_PANDAS = True
except ImportError:
    HAVE_PANDAS = False


class TestRows(unittest.TestCase):
    def test_same_as_csv(self):
        # Each row of to_rows is the row of whosaid -format csv -offsets
        # runes for the same records, cell by cell.
        stdin = "".join(json.dumps(it) + "\n" for it in ITEMS).encode()
        out, _ = support.run_cli("-input", "jsonl", "-format", "csv", "-offsets", "runes", input=stdin)
        want = list(csv.reader(io.StringIO(out.decode())))
        self.assertEqual(tuple(want[0]), whosaid.COLUMNS)
        want = want[1:]
        got = list(whosaid.to_rows(whosaid.attribute_many(ITEMS)))
        self.assertEqual(len(got), len(want))
        self.assertEqual({r["kind"] for r in got} >= {"direct", "none", "error"}, True)
        for g, w in zip(got, want):
            self.assertEqual(tuple(g), whosaid.COLUMNS)
            cells = ["" if v is None else str(v) for v in g.values()]
            if g["kind"] == "error":
                # The command names stdin's line; the Article does not.
                self.assertTrue(w[4].endswith(cells[4]), (w[4], cells[4]))
                cells[4] = w[4]
            self.assertEqual(float(cells[13] or 0), float(w[13] or 0))
            cells[13] = w[13]
            self.assertEqual(cells, w)

    def test_python_values(self):
        rows = list(whosaid.to_rows(whosaid.attribute_many(ITEMS)))
        emoji = [r for r in rows if r["id"] == "emoji"]
        text = ITEMS[3]["text"]
        for r in emoji:
            self.assertEqual(text[r["start"]:r["end"]], r["text"])
            self.assertEqual(text[r["mention_start"]:r["mention_end"]], r["mention"])
        self.assertEqual([r["speaker"] for r in emoji], ["Ann Bell", "Ann Bell"])
        none = [r for r in rows if r["id"] == "quiet"]
        self.assertEqual(none, [dict(dict.fromkeys(whosaid.COLUMNS), id="quiet", kind="none")])

    @unittest.skipUnless(HAVE_PANDAS, "pandas is not installed")
    def test_dataframe(self):
        df = whosaid.to_dataframe(whosaid.attribute_many(ITEMS))
        self.assertEqual(tuple(df.columns), whosaid.COLUMNS)
        rows = list(whosaid.to_rows(whosaid.attribute_many(ITEMS)))
        self.assertEqual(len(df), len(rows))
        self.assertEqual(str(df["start"].dtype), "Int64")
        self.assertEqual(df.loc[df["id"] == "quiet", "kind"].tolist(), ["none"])
        self.assertTrue(df.loc[df["id"] == "quiet", "start"].isna().all())
        self.assertEqual(df.loc[df["speaker"] == "Wang Wentao", "id"].unique().tolist(), ["dw"])
        empty = whosaid.to_dataframe([])
        self.assertEqual((len(empty), tuple(empty.columns)), (0, whosaid.COLUMNS))

    @unittest.skipIf(HAVE_PANDAS, "pandas is installed")
    def test_dataframe_without_pandas(self):
        with self.assertRaisesRegex(ImportError, "needs pandas.*to_rows"):
            whosaid.to_dataframe([])


if __name__ == "__main__":
    unittest.main()
