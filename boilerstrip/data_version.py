"""One short fingerprint of the rule data shipped in ``boilerstrip/data`` (phrase lists, widgets, labeller model).

Cleaner versions say when a cleaner's code changes its output; adding a phrase
to a lexicon file changes output too. Every result records this fingerprint in
``Result.steps`` (as ``data@<fingerprint>``), so two results are comparable
only when both their cleaner versions and their data agree.

>>> fp = data_version()
>>> len(fp), fp == data_version()
(12, True)
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable

#: The files the fingerprint covers: phrase lists and vocabularies (TOML) and the labeller model (JSON).
DATA_SUFFIXES = (".toml", ".json")


def _files(folder: Traversable, prefix: str = "") -> list[tuple[str, Traversable]]:
    """The data files (``.toml``, ``.json``) under ``folder``, with their relative paths, in a fixed order."""
    out: list[tuple[str, Traversable]] = []
    for entry in folder.iterdir():
        path = f"{prefix}{entry.name}"
        if entry.is_dir():
            out.extend(_files(entry, f"{path}/"))
        elif entry.name.endswith(DATA_SUFFIXES):
            out.append((path, entry))
    return sorted(out, key=lambda item: item[0])


@lru_cache(maxsize=1)
def data_version() -> str:
    """Return the first 12 hex digits of a SHA-256 over every rule data file (path and text)."""
    digest = hashlib.sha256()
    for path, entry in _files(resources.files("boilerstrip") / "data"):
        # Line endings normalised: a checkout with CRLF files holds the same rules.
        text = entry.read_text(encoding="utf-8").replace("\r\n", "\n")
        digest.update(path.encode("utf-8") + b"\0" + text.encode("utf-8") + b"\0")
    return digest.hexdigest()[:12]
