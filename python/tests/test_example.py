"""python/examples/who_is_quoted.py on a small corpus."""

import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

import support
from support import ARTICLE, whosaid


class TestWhoIsQuoted(unittest.TestCase):
    def test_table(self):
        support.binary()
        items = [{"id": "dw", "text": ARTICLE},
                 {"id": "bell", "text": '"We open at nine," said Ann Bell. "Come early," she added.'},
                 {"id": "dw2", "text": ARTICLE}]
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl") as f:
            for it in items:
                f.write(json.dumps(it) + "\n")
            f.write("not json\n")
            f.flush()
            p = subprocess.run([sys.executable, str(support.PYTHON / "examples" / "who_is_quoted.py"), "-n", "0", f.name],
                               capture_output=True, text=True, timeout=120, env=os.environ)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("line 4: not JSON", p.stderr)
        rows = {}
        for line in p.stdout.split("\n\n")[0].splitlines()[2:]:
            who, *counts = re.split(r"\s{2,}", line.strip())
            rows[who] = counts
        dw = whosaid.attribute(ARTICLE)
        gina = [s.kind for s in dw.statements if s.speaker == "Gina Raimondo"]
        want = [2 * len(gina)] + [2 * gina.count(k) for k in ("direct", "mixed", "indirect", "fragment")] + [2]
        self.assertEqual([int(x) for x in rows["Gina Raimondo"]], want)
        self.assertEqual(rows["Ann Bell"], ["2", "2", "0", "0", "0", "1"])
        self.assertIn("4 articles", p.stdout)
        self.assertIn("1 records failed", p.stdout)


if __name__ == "__main__":
    unittest.main()
