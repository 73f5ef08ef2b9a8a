"""Finding the whosaid binary, or building it from the checkout."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from ._types import BinaryNotFoundError

_MODULE = "module github.com/whosaid/whosaid"

_built: dict[Path, str] = {}  # checkout root -> binary built in this process
_build_lock = threading.Lock()


def find_binary() -> str:
    """Returns the path of the whosaid binary to run.

    In this order: the ``WHOSAID_BIN`` environment variable (which must name
    an executable file); ``whosaid`` on ``PATH``; or, when this package sits
    in a checkout of the whosaid repository and Go is installed, a binary
    built from that checkout with ``go build``. The build goes to
    ``$XDG_CACHE_HOME/whosaid/<checkout>/whosaid`` (``~/.cache`` by default)
    and runs once per Python process: Go's build cache makes it a fraction
    of a second when nothing changed, and it picks up changes to the
    checkout. Raises :class:`BinaryNotFoundError` saying what was tried.
    """
    env = os.environ.get("WHOSAID_BIN")
    if env:
        if os.path.isfile(env) and os.access(env, os.X_OK):
            return env
        raise BinaryNotFoundError(f"WHOSAID_BIN={env!r} is not an executable file")
    on_path = shutil.which("whosaid")
    if on_path:
        return on_path
    root = checkout_root()
    if root is None:
        raise BinaryNotFoundError(
            "no whosaid binary: set WHOSAID_BIN, or put whosaid on PATH "
            "(go install github.com/whosaid/whosaid/cmd/whosaid@latest)"
        )
    return build(root)


def checkout_root() -> Path | None:
    """Returns the root of the whosaid checkout this package sits in, or None."""
    root = Path(__file__).resolve().parent.parent.parent
    try:
        gomod = (root / "go.mod").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    first = gomod.lstrip().splitlines()[0].strip() if gomod.strip() else ""
    if first != _MODULE or not (root / "cmd" / "whosaid").is_dir():
        return None
    return root


def _cache_dir(root: Path) -> Path:
    key = hashlib.sha256(str(root).encode()).hexdigest()[:16]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    for d in (Path(base) / "whosaid" / key, Path(tempfile.gettempdir()) / f"whosaid-{os.getuid()}" / key):
        try:
            d.mkdir(parents=True, exist_ok=True)
            if os.access(d, os.W_OK):
                return d
        except OSError:
            pass
    raise BinaryNotFoundError(f"no writable cache directory to build whosaid from {root}")


def build(root: Path, out_dir: Path | None = None) -> str:
    """Builds the whosaid command of the checkout at root with ``go build``
    (once per Python process and root) and returns the binary's path."""
    with _build_lock:
        if root in _built and out_dir is None:
            return _built[root]
        go = shutil.which("go")
        if go is None:
            raise BinaryNotFoundError(
                f"no whosaid binary: set WHOSAID_BIN, put whosaid on PATH, or install Go "
                f"so that it can be built from the checkout at {root}"
            )
        d = out_dir if out_dir is not None else _cache_dir(root)
        binary = d / "whosaid"
        # Another process may build at the same time: the lock file keeps
        # the builds apart; go build replaces the binary, so a whosaid that
        # is running keeps its own copy.
        import fcntl

        if not binary.exists():
            # The first build can take a while (Go may fetch modules).
            print(f"whosaid: building {binary} from {root} with go build (once)", file=sys.stderr, flush=True)
        with open(d / "build.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                p = subprocess.run(
                    [go, "build", "-o", str(binary), "./cmd/whosaid"],
                    cwd=root,
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    text=True,
                )
            except OSError as e:
                raise BinaryNotFoundError(f"go build in {root}: {e}") from e
        if p.returncode != 0:
            raise BinaryNotFoundError(
                f"go build ./cmd/whosaid in {root} failed (status {p.returncode}):\n{p.stderr.strip()}"
            )
        if out_dir is None:
            _built[root] = str(binary)
        return str(binary)
