"""Types of the labeller's optional compiled module (``_labeller.pyx``; see ``boilerstrip.labeller.native``)."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from re import Pattern
from typing import Any

INTERFACE: int

def configure(
    *,
    word_count: Callable[[str], int],
    function_words: Callable[[], frozenset[str]],
    is_prose_line: Callable[[str], bool],
    prose_like: Callable[[str], bool],
    headline_shaped: Callable[[str], bool],
    interface_line: Callable[[str], Any],
    cased_lower: Callable[[str], bool],
    ends_with_ellipsis: Callable[[str], bool],
    ends_with_mark: Callable[[str], bool],
    stop_share: Callable[[str, list[str], str | None, list[str]], float],
    dominant_script_of_mixed: Callable[[str, bytes, str | None], str | None],
    url: Pattern[str],
    url_hints: Iterable[str],
    date_time: Pattern[str],
    bullet: Pattern[str],
    ascii_runs: Pattern[str],
    openers: str,
    trailing: str,
) -> None: ...
def line_features(text: str, lang: str | None) -> tuple[tuple[float, ...], str | None]: ...
def configure_table(
    *,
    base_width: int,
    position_width: int,
    row_width: int,
    is_prose: int,
    interface: int,
    width_log: int,
    words_log: int,
    prose_like: int,
    near: Sequence[int],
    far: Sequence[int],
    short_log: float,
    none: float,
    far_away: int,
    max_indent: int,
) -> None: ...

class Table:
    n: int
    width: int
    def as_tuples(self) -> tuple[tuple[float, ...], ...]: ...

def feature_table(
    lines: tuple[Any, ...],
    all_lines: tuple[Any, ...],
    lang: str | None,
    line_features: Callable[[str, str | None], tuple[tuple[float, ...], str | None]],
) -> Table: ...

class Trees:
    n_features: int
    def __init__(self, trees: Iterable[Mapping[str, Any]], n_features: int) -> None: ...
    def score_row(self, row: Sequence[float]) -> float: ...

class Scorer:
    def __init__(self, stage1: Trees, stage2: Trees | None, copied: Sequence[int]) -> None: ...
    def scores(self, rows: Sequence[Sequence[float]]) -> list[float]: ...
    def line_scores(self, table: Table, all_lines: tuple[Any, ...]) -> tuple[float | None, ...]: ...
