"""whosaid for Python: the quotations in news articles and who said them.

It runs the whosaid command (found by :func:`find_binary`) as one
long-lived process fed JSON Lines, so a million articles cost one process::

    import whosaid
    a = whosaid.attribute(text)
    for s in a.statements:
        print(s.kind, s.speaker, text[s.start:s.end])
    df = whosaid.to_dataframe(whosaid.attribute_many(texts))  # with pandas

Offsets are Python string indexes into ``Article.text``:
``a.text[s.start:s.end] == s.text``. The module-level functions share one
process per ``jobs`` value, started on first use, restarted after it dies,
and closed at exit (or by :func:`close`); they are safe to call from several
threads. :class:`Attributor` is the same with a process of your own.

Only the standard library is needed; pandas is optional.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

from ._binary import find_binary
from ._frame import COLUMNS, to_dataframe, to_rows
from ._process import ACTS, Attributor, normalize_acts
from ._types import (
    Article,
    BinaryNotFoundError,
    Error,
    ProcessError,
    RecordError,
    Span,
    Speaker,
    Statement,
)

__all__ = [
    "ACTS", "Article", "Attributor", "BinaryNotFoundError", "COLUMNS", "Error", "ProcessError",
    "RecordError", "Span", "Speaker", "Statement", "attribute", "attribute_many", "close",
    "find_binary", "to_dataframe", "to_rows",
]

_shared: dict[tuple[int | None, str | None], Attributor] = {}
_shared_lock = threading.Lock()


def _attributor(jobs: int | None, acts: str | Iterable[str] | None = None) -> Attributor:
    """The shared Attributor for jobs and acts, started (again) when there
    is none running: one process per distinct setting."""
    key = (jobs, normalize_acts(acts))
    with _shared_lock:
        a = _shared.get(key)
        if a is None or a.dead:
            if a is not None:
                a.close(timeout=1)
            a = _shared[key] = Attributor(jobs=jobs, acts=key[1])
        return a


def attribute(text: str | None = None, id: Any = None, *, html: str | None = None,
              timeout: float | None = None, acts: str | Iterable[str] | None = None) -> Article:
    """Attributes one article: ``text``, or ``html`` for a web page (when
    the binary reads HTML). Returns its :class:`Article`, whose ``id`` is
    ``id``. ``acts`` keeps only the statements of those acts ("speech", or
    ["speech", "thought"]; see :class:`Attributor`); None keeps all. Raises
    :class:`RecordError` when whosaid cannot read it and
    :class:`ProcessError` when the process dies (the next call starts a new
    one). See :meth:`Attributor.attribute`."""
    return _attributor(None, acts).attribute(text, id, html=html, timeout=timeout)


def attribute_many(items: Iterable, jobs: int | None = None,
                   acts: str | Iterable[str] | None = None) -> Iterator[Article]:
    """Attributes a stream of articles, yielding one :class:`Article` per
    item, in order.

    An item is a string (its id is then its position in items, from 0), an
    ``(id, text)`` pair, or a dict with ``text`` or ``html`` and an optional
    ``id``. A record that fails yields an Article with ``error`` set; the
    stream goes on. ``jobs`` is how many articles whosaid attributes at once
    (default: the CPUs); ``acts`` keeps only the statements of those acts,
    as in :func:`attribute`. See :meth:`Attributor.attribute_many`."""
    return _attributor(jobs, acts).attribute_many(items)


def close() -> None:
    """Closes the shared whosaid processes (the next call starts one)."""
    with _shared_lock:
        attributors = list(_shared.values())
        _shared.clear()
    for a in attributors:
        a.close(timeout=5)
