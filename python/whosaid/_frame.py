"""Tables of statements: one row per statement, as ``whosaid -format csv``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ._types import Article

#: The columns of :func:`to_rows` and :func:`to_dataframe`, in the order of
#: ``whosaid -format csv`` (see README.md, "CSV").
COLUMNS = (
    "id", "kind", "start", "end", "text",
    "cue", "cue_start", "cue_end",
    "speaker", "mention", "mention_start", "mention_end",
    "rule", "confidence",
    "act",
)

_OFFSETS = ("start", "end", "cue_start", "cue_end", "mention_start", "mention_end")


def _mark(id: Any, kind: str, text: str | None) -> dict:
    row = dict.fromkeys(COLUMNS)
    row["id"], row["kind"], row["text"] = id, kind, text
    return row


def to_rows(articles: Iterable[Article]) -> Iterator[dict]:
    """Yields one dict per statement with the keys :data:`COLUMNS`, like the
    rows of ``whosaid -format csv``: an article with no statement gives one
    row of kind ``none``, a failed record one of kind ``error`` with its
    message in ``text``; their other values, and a missing cue, speaker or
    mention, are None. Offsets are Python string indexes; ``id`` is the
    article's id as it is (not made a string)."""
    for a in articles:
        if a.error is not None:
            yield _mark(a.id, "error", a.error)
            continue
        if not a.statements:
            yield _mark(a.id, "none", None)
            continue
        for s in a.statements:
            cue, m = s.cue, s.mention
            yield {
                "id": a.id, "kind": s.kind, "start": s.start, "end": s.end, "text": s.text,
                "cue": None if cue is None else cue.text,
                "cue_start": None if cue is None else cue.start,
                "cue_end": None if cue is None else cue.end,
                "speaker": s.speaker,
                "mention": None if m is None else m.text,
                "mention_start": None if m is None else m.start,
                "mention_end": None if m is None else m.end,
                "rule": s.rule, "confidence": s.confidence,
                "act": s.act,
            }


def to_dataframe(articles: Iterable[Article]):
    """Returns a pandas DataFrame of :func:`to_rows`: one row per statement,
    the columns of ``whosaid -format csv``, offsets as nullable integers
    (``Int64``). Raises ImportError when pandas is not installed."""
    try:
        import pandas as pd
    except ImportError as e:
        raise ImportError(
            "whosaid.to_dataframe needs pandas, which is not installed "
            "(pip install pandas, or apt install python3-pandas); without it, "
            "whosaid.to_rows(articles) gives the same rows as dicts, for the csv module"
        ) from e
    df = pd.DataFrame.from_records(list(to_rows(articles)), columns=list(COLUMNS))
    for c in _OFFSETS:
        df[c] = df[c].astype("Int64")
    df["confidence"] = df["confidence"].astype("float64")
    return df
