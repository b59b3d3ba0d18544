"""photo_credits: credit lines in their many forms, and credits glued before a caption."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from boilerstrip.cleaners._common import HAN_CREDIT, cut_line, has_year, looks_like_credit, strip_copyright
from boilerstrip.document import Document
from boilerstrip.lexicon import load_lexicon
from boilerstrip.shapes import word_count
from boilerstrip.types import Cut, Fact

# Where a credit runs into the caption with no separator: "BogodvidA soldier",
# "PAPBudynek", "DanilovОпреснительная", "Абрамов符拉迪沃斯托克".
_GLUE = regex.compile(
    r"(?<=\p{Ll}|[.)])(?=\p{Lu}\p{Ll})"
    r"|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}{2})"
    r"|(?<=[\p{Latin}\p{Cyrillic}])(?=[\p{Han}\p{Arabic}])"
    r"|(?<=\p{Latin})(?=\p{Cyrillic})"
)


def _credit_text(text: str) -> str:
    return text.strip().strip("/|·-–— ").strip()


@dataclass(frozen=True)
class PhotoCredits:
    r"""Remove photo-credit lines and leading credits glued to captions; keep the credit as metadata.

    >>> from boilerstrip.document import Document
    >>> [c.reason for c in PhotoCredits().find(Document("© Sputnik / Maksim Bogodvid\\nText."))]
    ['credit_line']
    """

    name: str = field(default="photo_credits", init=False)
    version: int = field(default=1, init=False)
    reasons: dict[str, str] = field(
        default_factory=lambda: {
            "credit_line": "a line that is only a photo credit (© Agency / Name, Photo: X, REUTERS/X)",
            "credit_glued": "a credit glued to the caption that follows it, cut up to the glue point",
            "mediabank_link": "a credit ending in a media-bank or gallery link glued to the caption",
        },
        init=False,
    )
    keep_bare_agency_lines: bool = False

    def find(self, doc: Document) -> Iterator[Cut]:
        """Propose cuts for credit lines and glued credit prefixes."""
        lex = load_lexicon()
        for line in doc.content:
            text = line.text
            is_copy, rest = strip_copyright(text)
            label = None if is_copy else (lex.credit_prefix.match(text) if lex.credit_prefix else None)
            if label is not None:
                rest = text[label.end() :]
            if not (is_copy or label):
                if HAN_CREDIT.fullmatch(text):
                    yield cut_line(line, "credit_line", Fact("image_credit", text))
                elif self._bare_credit(text):
                    yield cut_line(line, "credit_line", Fact("image_credit", _credit_text(text)))
                continue
            if is_copy and has_year(rest[:12]):
                continue  # "© 2024 AFP": a copyright footer, left to ui_strings
            offset = len(text) - len(rest)
            link = lex.media_links.search(rest) if lex.media_links else None
            if link is not None:
                credit = _credit_text(rest[: link.start()])
                end = line.start + offset + link.end()
                if end >= line.end:
                    yield cut_line(line, "mediabank_link", Fact("image_credit", credit))
                else:
                    yield Cut(line.start, end, "mediabank_link", facts=(Fact("image_credit", credit),))
                continue
            glued = self._glue_point(rest)
            if glued is not None:
                end = line.start + offset + glued
                yield Cut(line.start, end, "credit_glued", facts=(Fact("image_credit", _credit_text(rest[:glued])),))
            elif looks_like_credit(rest, labelled=True):
                yield cut_line(line, "credit_line", Fact("image_credit", _credit_text(rest)))

    @staticmethod
    def _glue_point(rest: str) -> int | None:
        """Where a credit runs into its caption without a separator, if it does."""
        for glue in _GLUE.finditer(rest):
            head, tail = rest[: glue.start()], rest[glue.start() :]
            if word_count(tail) >= 3 and looks_like_credit(head, labelled=True):
                point: int = glue.start()
                return point
        return None

    def _bare_credit(self, text: str) -> bool:
        """Unlabelled credit lines: ``REUTERS/Jane Doe``, ``Jorge Ruiz | EFE``, a lone ``Sputnik``."""
        if word_count(text) > 8 or text[-1:] in ".!?:":
            return False
        lex = load_lexicon()
        if text in lex.agencies:
            return not self.keep_bare_agency_lines
        return (
            ("/" in text or "|" in text)
            and looks_like_credit(text)
            and any(
                seg.strip() in lex.agencies or seg.strip().upper() in lex.agencies for seg in regex.split(r"[/|]", text)
            )
        )
