"""The folder where ``cleaner`` keeps what it can rebuild: ``$CLEANER_CACHE_DIR`` (an empty
value turns caching off), else ``$XDG_CACHE_HOME/cleaner`` or ``~/.cache/cleaner``.

Shared by the dedup code-point table (:mod:`cleaner.dedup.normalize`) and the compiled-rule
cache (:mod:`cleaner.regex_cache`), so both follow one setting.

>>> import os
>>> old = os.environ.get("CLEANER_CACHE_DIR")
>>> os.environ["CLEANER_CACHE_DIR"] = ""
>>> cache_root() is None
True
>>> os.environ["CLEANER_CACHE_DIR"] = "/tmp/somewhere"
>>> str(cache_root())
'/tmp/somewhere'
>>> if old is None:
...     del os.environ["CLEANER_CACHE_DIR"]
... else:
...     os.environ["CLEANER_CACHE_DIR"] = old
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cache_root"]


def cache_root() -> Path | None:
    """The cache folder, or ``None`` when ``$CLEANER_CACHE_DIR`` is set empty."""
    root = os.environ.get("CLEANER_CACHE_DIR")
    if root == "":
        return None
    if root is None:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        root = os.path.join(xdg, "cleaner")
    return Path(root)
