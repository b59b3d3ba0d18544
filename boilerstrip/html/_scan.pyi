"""Types of the optional compiled DOM scan (``_scan.pyx``; see ``boilerstrip.html.dom``)."""

from collections.abc import Callable, Iterator, Mapping
from typing import Any

LXML_VERSION: str
LIBXML_VERSION: str

def configure(
    *,
    normalise: Callable[[str], str],
    names_kind: Callable[[str], str | None],
    style_hidden: Callable[[str], bool],
    string_value: Callable[[Any], str],
    figure: Callable[[Any, Any], None],
    widget: Callable[[Any, str, Any, Any], None],
    content: Callable[[Any, Any], None],
    block_texts: Callable[[Any], Iterator[str]],
    kinds: dict[str, str | None],
    vocabulary: Mapping[str, str],
    vocabulary_parts: frozenset[str],
) -> None: ...
def names_kind(names: str) -> str | None: ...
def text(el: Any) -> str: ...
def block_texts(el: Any) -> Iterator[str]: ...
def usable(root: Any) -> bool: ...
def walk(
    root: Any, start: Any, scan: Any, tree: Any, protected: set[str], py_widget_kind: Callable[[Any], str | None]
) -> None: ...
