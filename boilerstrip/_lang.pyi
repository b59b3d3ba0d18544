"""Types of the optional compiled stopword votes (``_lang.pyx``; see ``boilerstrip.lang_native``)."""

from collections.abc import Callable

INTERFACE: int

def plain_hits(
    lowered: str, table: dict[str, tuple[float, tuple[int, ...]]], findall: Callable[[str], list[str]]
) -> list[tuple[float, tuple[int, ...]]]: ...
def tally(hits: list[tuple[float, tuple[int, ...]]], n: int) -> tuple[float, int]: ...
