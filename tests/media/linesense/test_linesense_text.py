"""Text cues and the meaning of carrier announcements, in English and Russian."""

from __future__ import annotations

import pytest

from robot.media.linesense import LineSense, announcement_meaning, cues, text_kind


@pytest.mark.parametrize(
    ("text", "meaning"),
    [
        ("Аппарат абонента выключен или находится вне зоны действия сети", "unreachable"),
        ("Абонент недоступен. Попробуйте позвонить позднее.", "unreachable"),
        ("абонент временно недоступен", "unreachable"),
        ("Номер, который вы набрали, не существует", "invalid_number"),
        ("Неправильно набран номер", "invalid_number"),
        ("Номер абонента не обслуживается", "invalid_number"),
        ("The subscriber you are calling is switched off or out of the coverage area", "unreachable"),
        ("The person you are calling is unavailable, please try again later", "unreachable"),
        ("The number you have dialled is not in service", "invalid_number"),
        ("This number does not exist", "invalid_number"),
        ("we're sorry your call cannot be completed as dialed", "invalid_number"),
        ("the number you have dialed is not in servise please check the number", "invalid_number"),  # misspelt
        ("Hello, Acme Dental, Sarah speaking", None),
        ("Алло, слушаю вас", None),
        ("", None),
    ],
)
def test_announcement_meaning(text: str, meaning: str | None) -> None:
    assert announcement_meaning(text) == meaning


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Please leave a message after the tone", "voicemail"),
        ("leave a massage after the tone", "voicemail"),  # a recogniser's slip
        ("Оставьте, пожалуйста, сообщение после сигнала", "voicemail"),
        ("оставьте сообщение после звукового сигнала", "voicemail"),
        ("For sales, press one. For support, press two.", "ivr"),
        ("Для связи с отделом продаж нажмите один", "ivr"),
        ("Наберите добавочный номер сотрудника", "ivr"),
        ("The number you have dialled is not in service", "announcement"),
        ("Аппарат абонента выключен", "announcement"),
        ("Абонент не может ответить. Оставьте голосовое сообщение после сигнала.", "voicemail"),
        ("Hello?", None),
        ("Да, слушаю", None),
    ],
)
def test_text_kind(text: str, kind: str | None) -> None:
    assert text_kind(text) == kind


def test_cues_ignore_case_punctuation_and_yo() -> None:
    assert "voicemail" in cues("ОСТАВЬТЕ СООБЩЕНИЕ!!!")
    assert "ivr" in cues("оставайтесь на линии")
    assert cues("оставайтесь на линии") == cues("Оставайтесь на линии.")
    assert cues("Звёздочку") == cues("звездочку")


def test_text_decides_a_machine_before_audio_does() -> None:
    sense = LineSense("en")
    assert sense.hear("thank you for calling, for sales press one", 0.3, 2.5) is not None
    d = sense.final()
    assert d.answered_by == "ivr" and d.at_s == pytest.approx(2.5) and d.evidence["text_kind"] == "ivr"


def test_later_text_revises_one_machine_kind_to_another_but_not_a_person() -> None:
    from linesense_signals import RATE, babble, line, silence

    sense = LineSense("en")
    pcm = line(silence(0.3), babble(7.0))
    sense.feed(pcm, 0.0)
    first = sense.decision
    assert first is not None and first.answered_by == "ivr"
    sense.hear("please leave a message after the tone", 5.0, 7.0)
    assert sense.final().answered_by == "voicemail"
    assert sense.final().evidence["revised_from"]["answered_by"] == "ivr"

    person = LineSense("en")
    person.feed(line(silence(0.3), babble(0.8), silence(3.0)), 0.0)
    assert person.decision is not None and person.decision.answered_by == "human"
    person.hear("leave a message", 0.3, 1.1)
    assert person.final().answered_by == "human"
    assert RATE == 8000
