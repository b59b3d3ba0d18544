"""Hypothesis strategies for hostile text and HTML, and the invariants every result must satisfy.

Shared by the fuzz tests (``tests/test_fuzz.py``, bounded and derandomized for
CI) and the long-running fuzzer (``benchmarks/fuzz.py``).
"""

from __future__ import annotations

import json
import re

from hypothesis import strategies as st

import boilerstrip

#: Characters that break naive text handling: controls, every line separator Python
#: knows, BOM, zero-width and bidi marks, lone surrogates, combining marks, astral emoji.
NASTY = [
    "\x00",
    "\x01",
    "\x1b",
    "\x7f",
    "\r\n",
    "\r",
    "\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\u00ad",
    "\u200e",
    "\u200f",
    "\u202e",
    "\u2066",
    "\ud800",
    "\udfff",
    "\u0301",
    "\u00a0",
    "\u3000",
    "\t",
    "👍🏽",
    "\U0001f1e9\U0001f1ea",
    "Ã©",  # mojibake: UTF-8 read as Latin-1
    "â€™",
    "Ð\u0092Ð¾",
    "\ufffd",
]
CHROME = [
    "Share",
    "Advertisement",
    "Photo: Reuters",
    "(AP Photo/Jane Doe)",
    "Read more",
    "BERLIN (dpa) - ",
    "Subscribe to our newsletter",
    "Фото: РИА Новости",
    "Читайте также:",
    "اقرأ أيضا",
    "関連記事",
    "12.03.2024 14:00",
    "10:11 GMT 16.09.2024 (Updated: 11:05 GMT 16.09.2024)",
    "By Jane Doe and John Roe",
    "© 2024 The Associated Press",
    "Facebook Twitter WhatsApp",
    "Home > World > Europe",
    "1/10",
    "新华社记者张博文摄",
    "Tags: port, budget",
]
PROSE = [
    "The council approved the budget on Tuesday after a long debate about the port.",
    "El gobierno aprobó el plan de obras para el puerto este lunes, según el ministro.",
    "Министр заявил, что порт откроется в мае, а работы завершатся к осени.",
    "港口将于五月开放，官员表示，工程已经基本完成。",
    "وقال الوزير إن الميناء سيفتتح في مايو بعد سنوات من التأخير.",
    "מקור בממשלה אמר כי הנמל ייפתח במאי.",
    "प्रधानमंत्री ने कहा कि बंदरगाह मई में खुलेगा।",
]
SEPARATORS = ["\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", " ", "\t", ""]

PIECES = st.one_of(
    st.sampled_from(CHROME),
    st.sampled_from(PROSE),
    st.sampled_from(NASTY),
    st.sampled_from(SEPARATORS),
    st.text(max_size=20),
)
#: Article-like text: chrome, prose and nasty characters in any order.
TEXTS = st.lists(PIECES, max_size=40).map("".join)
#: Whole lines, one piece per line, so line-level cleaners get to work.
LINED_TEXTS = st.lists(st.lists(PIECES, min_size=1, max_size=4).map("".join), max_size=30).map("\n".join)

_TAGS = ["div", "p", "span", "article", "section", "b", "i", "a", "table", "tr", "td", "li", "ul", "h1", "main"]
_RAW = [
    "<script>var a = '<p>not text</p>';</script>",
    "<style>p { color: red } /* </p> */</style>",
    "<!-- comment <p>hidden</p> -->",
    "<![CDATA[ <p>cdata</p> ]]>",
    "&amp;&lt;&#0;&#x110000;&#xD800;&nbsp;&bogus;&",
    "<br/>",
    "<img src=x onerror=alert(1)>",
    "<!DOCTYPE html>",
    "<?xml version='1.0'?>",
    "</p></div></body>",
    "<p",
    '<a href="',
    "<meta charset='utf-16'>",
]


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    """HTML with deep nesting, unclosed tags, entities, scripts, comments, CDATA and long attributes."""
    parts: list[str] = []
    depth = draw(st.integers(0, 60))
    tag = draw(st.sampled_from(_TAGS))
    parts.append(f"<{tag}>" * depth)
    for _ in range(draw(st.integers(0, 12))):
        choice = draw(st.integers(0, 4))
        if choice == 0:
            parts.append(f"<p>{draw(st.sampled_from(PROSE))}</p>")
        elif choice == 1:
            parts.append(f"<div class='share'>{draw(st.sampled_from(CHROME))}</div>")
        elif choice == 2:
            parts.append(draw(st.sampled_from(_RAW)))
        elif choice == 3:
            attr = draw(st.sampled_from(["x", "\"'<>", "&amp;", "\x00"])) * draw(st.integers(0, 5000))
            parts.append(f'<span data-x="{attr}">{draw(TEXTS)}</span>')
        else:
            parts.append(draw(TEXTS))
    if draw(st.booleans()):
        parts.append(f"</{tag}>" * depth)
    body = "".join(parts)
    return body if draw(st.booleans()) else f"<html><head><title>T</title></head><body>{body}</body></html>"


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def check_invariants(text: str, result: boilerstrip.Result) -> None:
    """Assert the lossless contract of a text result: exact account, restore, JSON round trip."""
    assert result.restore() == text, "restore() does not rebuild the input"
    assert result.apply_to(text) == result.text, "apply_to(input) does not give the text"
    previous_end = 0
    for r in result.removed:
        assert previous_end <= r.start <= r.end <= len(text), "removals overlap, are unsorted or out of range"
        assert text[r.start : r.end] == r.text
        previous_end = r.end
    dumped = json.dumps(result.to_dict())  # ensure_ascii=True: lone surrogates become escapes
    assert ("lone_surrogates" in result.flags) == (_SURROGATE.search(text) is not None)
    strings = [result.text, *(r.text for r in result.removed), *(r.replacement for r in result.removed)]
    if any(_SURROGATE_PAIR.search(s) for s in strings):
        return  # json.loads joins an escaped high+low pair into one character: documented, flagged
    back = boilerstrip.Result.from_dict(json.loads(dumped))
    assert back.text == result.text and back.removed == result.removed
    assert back.restore() == text


def check_html_result(result: boilerstrip.Result) -> None:
    """Assert what holds for any HTML result: defined text, self-consistent account, JSON-ready."""
    assert isinstance(result.text, str)
    assert result.apply_to(result.restore()) == result.text
    json.dumps(result.to_dict())
