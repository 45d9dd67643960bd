"""Engine selection (Vosk when a model is installed, else PocketSphinx) and stream creation."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path

from robot.errors import InputError
from robot.media.asr.base import AsrInfo, Backend, EngineChoice, Event
from robot.media.asr.models import DEFAULT_MODEL, installed_model, resolve_model
from robot.media.asr.stream import StreamingTranscriber, TimingOnly

log = logging.getLogger(__name__)

ENGINES = ("auto", "vosk", "pocketsphinx")
SPHINX_MODEL = "pocketsphinx en-us (US English, bundled)"
_LANGUAGE_NAMES = {"en": "English", "ru": "Russian"}


def select_engine(
    language: str,
    engine: str = "auto",
    model: str | None = None,
    cache_dir: Path | None = None,
) -> EngineChoice:
    """Pick the recogniser for ``language``.

    ``auto``: Vosk with ``model`` (a cache name or a path; must be usable) or with an
    installed model for the language; otherwise PocketSphinx with its bundled US-English
    model, flagged ``fallback`` with a warning (also logged). ``vosk``: a missing model is
    an InputError naming the download command. ``pocketsphinx``: always the bundled model.
    """
    if engine not in ENGINES:
        raise InputError(f"unknown ASR engine {engine!r} (choose from {', '.join(ENGINES)})")
    if not language or not language.isascii() or not language.replace("-", "").isalpha():
        raise InputError(f"bad language code {language!r}")
    lang = language.lower()
    if engine in ("auto", "vosk"):
        if model:
            path = resolve_model(model, cache_dir)
            return EngineChoice(AsrInfo("vosk", path.name, lang), path)
        installed = installed_model(lang, cache_dir)
        if installed is not None:
            return EngineChoice(AsrInfo("vosk", installed.name, lang), installed)
        if engine == "vosk":
            name = DEFAULT_MODEL.get(lang)
            if name is None:
                raise InputError(f"no Vosk model known for language {lang!r}; pass --model PATH")
            resolve_model(name, cache_dir)  # raises, naming the download command
    return _sphinx(lang, fallback=engine == "auto")


def _sphinx(lang: str, fallback: bool) -> EngineChoice:
    parts = []
    if fallback:
        name = DEFAULT_MODEL.get(lang)
        fix = f" (install one: `mysterycall models download {name}`)" if name else ""
        parts.append(f"no Vosk model for {lang!r} installed{fix}; using the offline fallback PocketSphinx")
    if lang != "en":
        language = _LANGUAGE_NAMES.get(lang, lang)
        parts.append(
            f"PocketSphinx only has a US-English model: {language} speech is transcribed "
            "as (wrong) English words; only speech timing is reliable"
        )
    warning = "; ".join(parts) or None
    if warning:
        log.warning("ASR: %s", warning)
    return EngineChoice(AsrInfo("pocketsphinx", SPHINX_MODEL, lang, fallback, warning), None)


def open_transcriber(
    language: str,
    sample_rate: int = 8000,
    engine: str = "auto",
    model: str | None = None,
    *,
    end_of_utterance_s: float = 0.6,
    choice: EngineChoice | None = None,
    on_event: Callable[[Event], None] | None = None,
    cache_dir: Path | None = None,
    recognise: bool = True,
) -> StreamingTranscriber:
    """A started :class:`StreamingTranscriber` for one stream (select the engine, or pass ``choice``).
    ``recognise=False``: speech starts, ends and timings only, no recogniser (no words)."""
    choice = choice or select_engine(language, engine, model, cache_dir)
    if not recognise:
        return StreamingTranscriber(
            TimingOnly, choice.info, sample_rate, end_of_utterance_s=end_of_utterance_s, on_event=on_event
        )
    if choice.info.engine == "vosk":
        from robot.media.asr.vosk_engine import VoskBackend, load_model

        assert choice.model_path is not None
        load_model(choice.model_path)  # fail (InputError) here, not in the worker thread
        factory: Callable[..., Backend] = partial(VoskBackend, model_path=choice.model_path)
    else:
        from robot.media.asr.sphinx_engine import SphinxBackend

        factory = partial(SphinxBackend, model_path=choice.model_path)
    return StreamingTranscriber(
        factory, choice.info, sample_rate, end_of_utterance_s=end_of_utterance_s, on_event=on_event
    )
