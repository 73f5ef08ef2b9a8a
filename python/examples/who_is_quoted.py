"""Who is quoted how often, by kind, in a JSON Lines corpus.

    python3 python/examples/who_is_quoted.py [-n 20] [-j N] CORPUS.jsonl

Each line of the corpus is an article, {"id": ..., "text": ...} (or "html"
for a web page, when whosaid reads HTML); "-" reads standard input. Prints
one row per speaker, most quoted first: their statements by kind (direct
quotes, mixed, indirect speech, fragments) and the articles they are quoted
in. Records that fail are counted on stderr.
"""

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the whosaid package

import whosaid  # noqa: E402

KINDS = ("direct", "mixed", "indirect", "fragment")


def articles(f):
    """The records of a JSON Lines file, with only the fields whosaid reads."""
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            print(f"line {n}: not JSON: {e}", file=sys.stderr)
            rec = None
        if not isinstance(rec, dict):
            rec = {}  # whosaid gives it an error record, so that it counts
        rec.setdefault("id", f"line {n}")
        yield {k: rec[k] for k in ("id", "text", "html", "url") if k in rec}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help='a JSON Lines file, or "-" for standard input')
    ap.add_argument("-n", type=int, default=20, help="speakers to show (default 20; 0 for all)")
    ap.add_argument("-j", type=int, default=None, help="articles attributed at once (default: the CPUs)")
    args = ap.parse_args()

    by_kind = collections.defaultdict(collections.Counter)  # speaker -> kind -> statements
    in_articles = collections.Counter()  # speaker -> articles
    total = failed = 0
    f = sys.stdin if args.corpus == "-" else open(args.corpus, encoding="utf-8")
    with f:
        for a in whosaid.attribute_many(articles(f), jobs=args.j):
            total += 1
            if a.error:
                failed += 1
                print(f"whosaid: {a.id}: {a.error}", file=sys.stderr)
                continue
            seen = set()
            for s in a.statements:
                who = s.speaker or "(no speaker)"
                by_kind[who][s.kind] += 1
                seen.add(who)
            in_articles.update(seen)

    rows = sorted(by_kind.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    if args.n > 0:
        rows = rows[: args.n]
    width = max([len("speaker")] + [len(who) for who, _ in rows])
    head = f"{'speaker':<{width}}  {'all':>5}  " + "  ".join(f"{k:>8}" for k in KINDS) + f"  {'articles':>8}"
    print(head)
    print("-" * len(head))
    for who, c in rows:
        print(f"{who:<{width}}  {sum(c.values()):>5}  " + "  ".join(f"{c[k]:>8}" for k in KINDS)
              + f"  {in_articles[who]:>8}")
    print(f"\n{total} articles, {sum(sum(c.values()) for c in by_kind.values())} statements, "
          f"{len(by_kind)} speakers" + (f", {failed} records failed" if failed else ""))


if __name__ == "__main__":
    main()
