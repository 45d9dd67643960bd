"""Text cues and the meaning of carrier announcements, in English and Russian."""

from __future__ import annotations

import numpy as np
import pytest
from linesense_signals import babble, line, silence

from robot.media.linesense import LineSense, announcement_meaning, cues, text_kind
from robot.media.linesense.text import sounds_human, sounds_recorded, utterances_kind


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
        ("Абонент временно недоступен. Перезвоните позже или отправьте эс эм эс.", "announcement"),
        ("Вы позвонили Диме, оставьте сообщение", "voicemail"),
        ("leave your name and number and we'll get back to you", "voicemail"),
        ("Our office is now closed", "voicemail"),
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


def test_utterances_opening_like_menu_items_are_a_menu_even_without_press() -> None:
    menu = ["thanks for calling bright dental", "for new patients uh one", "for billing the two"]
    assert utterances_kind(menu) == "ivr"
    assert utterances_kind(["для записи на приём э один", "для связи с администратором ну два"]) == "ivr"
    assert utterances_kind(["for how long", "okay"]) is None
    # words of the utterances together: an announcement then a voicemail prompt is a voicemail
    assert utterances_kind(["абонент не может ответить", "оставьте сообщение после сигнала"]) == "voicemail"


def test_human_and_recorded_openings() -> None:
    assert sounds_human("good afternoon riverside clinic this is emma how can i help you")
    assert sounds_human("компания ромашка ирина слушаю вас")
    assert not sounds_human("for sales press one")
    assert sounds_recorded("hi you've reached jenny and paul")
    assert sounds_recorded("вы позвонили в компанию ромашка")
    assert not sounds_recorded("алло да")


def test_a_long_greeting_that_hands_over_to_the_caller_is_a_person() -> None:
    sense = LineSense("en")
    sense.feed(line(silence(0.3), babble(5.0)), 0.0)
    sense.hear("good afternoon riverside vet clinic this is emma at the front desk how can i help you", 0.3, 5.3)
    sense.feed(line(silence(3.0)), 5.3)
    d = sense.final()
    assert d.answered_by == "human" and d.evidence["rule"] == "greeting_text" and d.at_s <= 6.5


def test_the_same_greeting_without_words_is_a_machine() -> None:
    sense = LineSense("en")
    sense.feed(line(silence(0.3), babble(5.0), silence(3.0)), 0.0)
    assert sense.final().answered_by in ("ivr", "voicemail")


def test_a_recorded_opening_is_heard_out_and_a_short_one_is_a_voicemail() -> None:
    sense = LineSense("ru")
    sense.feed(line(silence(0.3), babble(2.0)), 0.0)
    sense.hear("вы позвонили диме", 0.3, 2.3)
    sense.feed(line(silence(5.0)), 2.3)
    d = sense.final()
    assert d.answered_by == "voicemail" and d.evidence["rule"] == "greeting_ended"


def test_a_menu_after_music_revises_music_to_ivr() -> None:
    from linesense_signals import tone

    sense = LineSense("en")
    music = np.concatenate([tone([440.0 * 2 ** (k / 12)], 0.25) for k in (0, 4, 7, 12) * 3])
    sense.feed(line(music), 0.0)
    assert sense.decision is not None and sense.decision.answered_by == "music"
    sense.hear("for sales press one", 3.5, 5.0)
    d = sense.final()
    assert d.answered_by == "ivr" and d.evidence["revised_from"]["answered_by"] == "music"


def test_a_short_announcement_taken_for_a_person_is_revised_by_its_words() -> None:
    sense = LineSense("ru")
    sense.feed(line(silence(0.3), babble(1.3), silence(1.5)), 0.0)
    assert sense.decision is not None and sense.decision.answered_by == "human"
    sense.hear("вызов не может быть выполнен", 0.3, 1.6)
    d = sense.final()
    assert d.answered_by == "announcement" and d.evidence["revised_from"]["answered_by"] == "human"
    late = LineSense("en")  # a person who later quotes a carrier stays a person
    late.feed(line(silence(0.3), babble(0.8), silence(7.0)), 0.0)
    late.hear("it said the number you have dialled is not in service", 6.5, 8.0)
    assert late.final().answered_by == "human"


def test_a_long_phrase_counts_with_one_word_wrong_or_lost_but_not_two() -> None:
    assert text_kind("please leave uh message after the tone") == "voicemail"  # "a" heard as "uh"
    assert announcement_meaning("sorry the number you have uh is not in service") == "invalid_number"
    assert "ivr" in cues("for quality and training purposes calls are the recorded")  # "calls are recorded"
    assert cues("we will call you soon") == set()
    assert "ivr" not in cues("your second call is the first important")  # two slips: no "your call is important"


def test_a_menu_naming_an_extension_is_a_menu_not_a_carrier() -> None:
    assert text_kind("если вы знаете добавочный номер абонента наберите его сейчас") == "ivr"
    assert text_kind("абонент не отвечает или временно недоступен") == "announcement"


def test_a_person_who_says_their_role_is_heard_as_a_person_not_as_a_voicemail() -> None:
    assert sounds_human("служба доставки оператор анастасия здравствуйте")
    assert text_kind("ага да говорите") is None  # not "говорите после сигнала"
    assert text_kind("перезвоните позже") is None  # "мы перезвоним" is a voicemail's, not this


def test_a_hello_then_a_recorded_greeting_is_revised_to_voicemail_but_a_short_aside_is_not() -> None:
    sense = LineSense("en")
    sense.feed(line(silence(0.4), babble(0.6), silence(1.2)), 0.0)
    assert sense.decision is not None and sense.decision.answered_by == "human"
    sense.feed(line(babble(3.0)), 2.2)
    sense.hear("sorry i can't take your call right now leave a message", 2.2, 5.2)
    d = sense.final()
    assert d.answered_by == "voicemail" and d.evidence["revised_from"]["answered_by"] == "human"

    person = LineSense("ru")
    person.feed(line(silence(0.4), babble(0.6), silence(1.2), babble(0.8), silence(2.0)), 0.0)
    person.hear("я перезвоню", 2.2, 3.0)
    assert person.final().answered_by == "human"
