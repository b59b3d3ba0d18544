"""Bounded work, bad input and nasty characters: every input gets a defined, lossless answer."""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator

import pytest

import boilerstrip
from boilerstrip import Config, Cut, Document, Pipeline, cleaner
from boilerstrip.errors import ConfigError, InputEncodingError, InputError
from boilerstrip.watchdog import Budget, interrupt_mode, watchdog
from tests.strategies import check_invariants

PROSE = "The council approved the new school budget on Tuesday evening, after a long debate."
ARTICLE = f"Advertisement\n{PROSE}\nShare\n{PROSE.replace('school', 'harbour')}"


# --- input types -------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, 42, 3.5, ["text"], ("a",), {"text": "x"}, object()])
def test_non_text_raises_type_error_naming_what_is_accepted(bad: object) -> None:
    with pytest.raises(TypeError, match=r"takes text \(str, or UTF-8 bytes\), not " + type(bad).__name__) as err:
        boilerstrip.clean(bad)  # type: ignore[arg-type]
    assert isinstance(err.value, InputError)


def test_bytes_are_strict_utf8() -> None:
    assert boilerstrip.clean(PROSE.encode()).text == PROSE
    assert boilerstrip.clean(bytearray(PROSE.encode())).text == PROSE
    # A UTF-8 BOM decodes to U+FEFF, which is kept in the account like any other character.
    with_bom = boilerstrip.clean(b"\xef\xbb\xbf" + PROSE.encode())
    assert with_bom.text == PROSE and with_bom.restore() == "\ufeff" + PROSE
    with pytest.raises(InputEncodingError, match="not valid UTF-8") as err:
        boilerstrip.clean("café".encode("latin-1"))
    assert isinstance(err.value, ValueError) and isinstance(err.value, TypeError)


def test_clean_html_rejects_non_markup_types() -> None:
    with pytest.raises(InputError, match="str or bytes, not int"):
        boilerstrip.clean_html(7)  # type: ignore[arg-type]


def test_config_must_be_a_config() -> None:
    with pytest.raises(ConfigError, match=r"config must be a boilerstrip\.Config"):
        boilerstrip.clean(PROSE, config={"lang": "en"})  # type: ignore[arg-type]


# --- nasty characters: the result is defined and lossless ---------------------------------

NASTY_CASES = {
    "lone_surrogates": f"\ud800{PROSE}\udfff\nShare\n\udc80",
    "nul_bytes": f"Share\x00\n{PROSE}\x00\x00\nAdvertisement",
    "control_chars": f"\x01\x02\x1b[31m\n{PROSE}\x7f\n\x08\x0e",
    "crlf": f"Advertisement\r\n{PROSE}\r\nShare\r\n",
    "cr_only": f"Advertisement\r{PROSE}\rShare\r",
    "unicode_separators": f"Advertisement\u2028{PROSE}\u2029Share\u2028",
    "bom": f"\ufeff{ARTICLE}\ufeff",
    "zero_width": f"\u200bShare\u200b\n{PROSE}\u200c\u200d\u2060\n\u00ad",
    "rtl_marks": "\u200fوقال الوزير إن الميناء سيفتتح في مايو بعد سنوات من التأخير.\u200e\n\u202eShare\u202c",
    "mojibake": f"Ã©tÃ© â€™ â€œ\n{PROSE.replace('e', 'Ã©')}\nShare",
    "only_nasty": "\x00\r\n\u2028\ufeff\u200b\ud800\u202e\r",
    "mixed_breaks": f"Share\r\n\r{PROSE}\n\x0b\x0c\x1c\x85{PROSE}",
}


@pytest.mark.parametrize("text", list(NASTY_CASES.values()), ids=list(NASTY_CASES))
def test_nasty_characters_keep_the_lossless_invariants(text: str) -> None:
    result = boilerstrip.clean(text)
    check_invariants(text, result)
    assert boilerstrip.clean(result.text).text == result.text  # idempotent


def test_prose_survives_nasty_characters() -> None:
    for name in ("nul_bytes", "crlf", "cr_only", "unicode_separators", "bom"):
        assert PROSE in boilerstrip.clean(NASTY_CASES[name]).text, name


def test_lone_surrogates_are_flagged_and_json_safe() -> None:
    result = boilerstrip.clean(NASTY_CASES["lone_surrogates"])
    assert "lone_surrogates" in result.flags
    dumped = json.dumps(result.to_dict())  # ensure_ascii (the default) escapes them
    assert "\\ud800" in dumped
    with pytest.raises(UnicodeEncodeError):
        json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")  # why the flag exists
    assert "lone_surrogates" not in boilerstrip.clean(PROSE).flags


# --- size limit --------------------------------------------------------------------------


def test_input_over_max_chars_is_returned_untouched_and_flagged() -> None:
    result = boilerstrip.clean(ARTICLE, max_chars=50)
    assert result.text == ARTICLE and result.removed == ()
    assert result.flags == ("input_too_large",)
    assert [(s.cleaner, s.error_type) for s in result.skipped] == [("pipeline", "InputTooLarge")]
    assert "max_chars=50" in result.skipped[0].message
    check_invariants(ARTICLE, result)
    assert boilerstrip.clean(ARTICLE, max_chars=len(ARTICLE)).text != ARTICLE  # the limit is inclusive
    assert boilerstrip.clean(ARTICLE, max_chars=None).text != ARTICLE


def test_html_over_max_html_chars_is_not_parsed() -> None:
    page = f"<html><body><p>{PROSE}</p></body></html>"
    for html in (page, page.encode()):
        result = boilerstrip.clean_html(html, max_html_chars=20)
        assert result.text == "" and result.flags == ("input_too_large",)
        assert result.skipped[0].error_type == "InputTooLarge"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("max_chars", 0),
        ("max_chars", -5),
        ("max_chars", 2.5),
        ("max_chars", "10"),
        ("time_budget", -1.0),
        ("max_prose_loss", 1.5),
        ("max_total_prose_loss", 0),
        ("max_html_chars", True),
    ],
)
def test_invalid_limits_are_config_errors(key: str, value: object) -> None:
    with pytest.raises(ConfigError, match=key):
        Config().replace(**{key: value})


def test_limits_load_from_toml() -> None:
    cfg = Config.from_toml_text(
        "[pipeline]\non_contract_error = 'skip'\n[limits]\nmax_chars = 1000\ntime_budget = 2.5\n"
        "max_prose_loss = false\nmax_total_prose_loss = 0.9\n"
    )
    assert (cfg.max_chars, cfg.time_budget, cfg.max_prose_loss, cfg.max_total_prose_loss) == (1000, 2.5, None, 0.9)
    assert cfg.on_contract_error == "skip"
    assert Config.from_toml_text("").limits == Config().limits
    with pytest.raises(ConfigError, match="valid options: max_chars"):
        Config.from_toml_text("[limits]\nmax_size = 3\n")


def test_config_options_are_copied() -> None:
    options = {"foreign_lines": {"max_words": 10}}
    cfg = Config(options=options)
    options["foreign_lines"]["max_words"] = 99
    assert cfg.options["foreign_lines"]["max_words"] == 10


# --- time budget -------------------------------------------------------------------------


def test_spent_budget_skips_the_remaining_cleaners_and_stays_lossless() -> None:
    calls: list[int] = []

    @cleaner("slow_ads", reasons={"ad": "an ad marker"})
    def slow_ads(doc: Document) -> Iterator[Cut]:
        calls.append(1)
        line = doc.lines[0]
        yield Cut(line.raw_start, line.next_start, "ad")

    # A budget of a nanosecond is spent before the second cleaner starts: the first one ran
    # (under the watchdog's minimal slice or without it), everything after it is recorded.
    pipe = Pipeline([slow_ads, *Pipeline.default().cleaners], on_error="skip").configured(Config(time_budget=1e-9))
    result = pipe(ARTICLE)
    check_invariants(ARTICLE, result)
    assert "time_budget_exceeded" in result.flags
    skipped = [s.cleaner for s in result.skipped]
    assert skipped[-1] == "final_whitespace"
    assert all(s.error_type in ("TimeBudgetExceeded", "CleanerTimeoutError") for s in result.skipped)
    assert result.steps[0].startswith("data@")
    # Every cleaner due to run on text input is accounted for.
    assert len(skipped) + len(result.steps[1:]) == len(pipe.names_run())


def test_budget_object() -> None:
    assert Budget(None).remaining() is None and not Budget(None).expired()
    assert Budget(1e-9, started=1.0).expired()


# --- the watchdog leaves the host's signal handling alone -------------------------------


def test_watchdog_restores_the_handler_and_respects_a_host_handler() -> None:
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        pytest.fail("the test suite runs on the main thread of a POSIX system")
    before = signal.getsignal(signal.SIGALRM)
    with watchdog(5.0) as armed:
        assert armed and signal.getitimer(signal.ITIMER_REAL)[0] > 0
    assert signal.getsignal(signal.SIGALRM) == before and signal.getitimer(signal.ITIMER_REAL)[0] == 0

    def host_handler(signum: int, frame: object) -> None:
        raise AssertionError("the host's alarm must not fire here")

    signal.signal(signal.SIGALRM, host_handler)
    try:
        # The host owns SIGALRM: the watcher thread stands in for the POSIX timer.
        assert interrupt_mode() == "thread"
        with watchdog(5.0) as armed:
            assert armed.mode == "thread" and signal.getitimer(signal.ITIMER_REAL)[0] == 0
        assert signal.getsignal(signal.SIGALRM) is host_handler
        assert boilerstrip.clean(ARTICLE).text  # runs, with the between-cleaner check only
    finally:
        signal.signal(signal.SIGALRM, before)
