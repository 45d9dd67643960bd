"""Every kind of problem is reported once, as LINE:COL: message, and all of them are collected."""

from __future__ import annotations

import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from robot.errors import InputError
from robot.scenario import load_scenario

Check = Callable[[str], list[str]]


def test_valid_scenario_has_no_problems(check: Check) -> None:
    assert check("name: ok\nlanguage: ru\nsteps:\n  - listen: {max_s: 10}\n  - hangup\n") == []


def test_unknown_step_suggests_the_known_one(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        steps:
          - id: first
            sya: "Hello"
          - hangpu
          - xyzzy: 1
        """
    )
    assert problems == [
        "5:5: unknown step 'sya'; did you mean 'say'?",
        "6:5: unknown step 'hangpu'; did you mean 'hangup'?",
        "7:5: unknown step 'xyzzy' (known: listen, say, play, dtmf, wait, hold, branch, goto, hangup)",
    ]


def test_step_shape_problems(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        steps:
          - say: hi
            play: a.wav
          - say
          - 42
          - id: lonely
        """
    )
    assert problems == [
        "5:5: a step has exactly one kind, found say, play",
        "6:5: step 'say' needs a value: 'say: ...'",
        "7:5: a step must be a mapping like 'say: ...' or 'hangup'",
        "8:5: step has no kind (known: listen, say, play, dtmf, wait, hold, branch, goto, hangup)",
    ]


def test_wrong_types_point_at_the_value(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        max_call_s: lots
        steps:
          - listen: {max_s: abc}
          - wait: -1
          - dtmf: "2x"
          - say: {text: hi, barge_in: maybe}
        """
    )
    assert problems == [
        "3:13: max_call_s: must be a number, got 'lots'",
        "5:21: listen.max_s: must be a number, got 'abc'",
        "6:11: wait: must be more than 0, got -1",
        "7:11: invalid DTMF digits '2x' (allowed: 0-9 * # A-D)",
        "8:31: say.barge_in: must be true or false, got 'maybe'",
    ]


def test_missing_prompt_text(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        steps:
          - say:
          - say: "  "
          - say: {barge_in: true}
        """
    )
    assert problems == [
        "4:5: say: missing prompt text",
        "5:5: say.text: missing prompt text",
        "6:5: missing prompt text",
    ]


def test_missing_required_keys_and_unknown_keys(check: Check) -> None:
    problems = check(
        """
        language: en
        lenguage: en
        steps:
          - say: hi
            barge_in: true
          - listen: {max_s: 3, silense_s: 1}
        """
    )
    assert problems == [
        "1:1: missing key 'name'",
        "2:1: unknown key 'lenguage'; did you mean 'language'?",
        "5:5: unknown key 'barge_in': it belongs inside say, e.g. say: {..., barge_in: ...}",
        "6:24: unknown key 'silense_s'; did you mean 'silence_s'?",
    ]


def test_unsupported_language(check: Check) -> None:
    assert check("name: t\nlanguage: de\nsteps: [hangup]\n") == ["2:11: unsupported language 'de' (supported: ru, en)"]


def test_undefined_variable_points_at_the_prompt(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        persona: {name: Anna}
        steps:
          - say: "I am {persona.name}, {persona.age} years old"
          - say:
              text: "Call {agent.name}"
          - branch:
              - heard: ["ask for {persona.nick}"]
                goto: end
        """
    )
    assert problems == [
        "5:10: undefined variable {persona.age}: persona defines name",
        "7:13: undefined variable {agent.name}: unknown namespace 'agent' (known: persona)",
        "9:17: undefined variable {persona.nick}: persona defines name",
    ]


def test_unknown_targets_and_duplicate_ids(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        steps:
          - id: menu
            listen: {max_s: 5}
          - branch:
              - heard: hello
                goto: mneu
              - silence: true
                goto: menu
              - silence: true
                goto: end
            else: nowhere
          - id: menu
            wait: 1
          - id: end
            wait: 1
          - goto: next
          - goto: missing
        """
    )
    assert problems == [
        "8:15: goto: unknown step id 'mneu' (expected a step id, 'next' or 'end'); did you mean 'menu'?",
        "11:9: case can never match: case 2 already matches silence",
        "13:11: else: unknown step id 'nowhere' (expected a step id, 'next' or 'end')",
        "14:9: duplicate step id 'menu' (first on line 4)",
        "16:9: step id 'end' is reserved (it means 'end' in jumps)",
        "18:11: 'goto: next' does nothing; remove the step or name a step id",
        "19:11: goto: unknown step id 'missing' (expected a step id or 'end')",
    ]


def _wav(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\0\0" * 80)


def test_play_files_resolve_against_the_scenario(check: Check, tmp_path: Path) -> None:
    _wav(tmp_path / "prompts" / "hello.wav")
    (tmp_path / "prompts" / "text.wav").write_text("not audio")
    problems = check(
        """
        name: t
        language: en
        steps:
          - play: prompts/hello.wav
          - play: {file: prompts/missing.wav, barge_in: true}
          - play: prompts/text.wav
        """
    )
    missing = tmp_path / "prompts" / "missing.wav"
    assert problems == [
        f"5:18: WAV file not found: prompts/missing.wav (looked for {missing})",
        "6:11: not a WAV file: prompts/text.wav",
    ]


def test_steps_after_hangup_or_goto_are_unreachable(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        steps:
          - id: start
            listen: 5
          - branch:
              - heard: hello
                goto: greet
          - hangup
          - say: "never said"
          - say: "nor this"
          - id: greet
            say: "reached by the branch"
          - goto: done
          - wait: 1
          - id: done
            hangup: true
        """
    )
    assert problems == [
        "10:5: unreachable step: no goto or branch leads here, and the hangup on line 9 ends the call",
        "15:5: unreachable step: no goto or branch leads here, and the goto on line 14 jumps away",
    ]


def test_loop_of_jumps_loops_forever(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        steps:
          - id: a
            goto: b
          - id: b
            goto: a
        """
    )
    assert problems == [
        "6:5: loops forever: the steps on lines 4, 6 repeat and nothing leads out of the loop "
        "(add a branch case that leaves it, or a hangup)"
    ]


def test_self_jump_loops_forever(check: Check) -> None:
    assert check("name: t\nlanguage: en\nsteps:\n  - id: spin\n    goto: spin\n")[0].startswith(
        "4:5: loops forever: the steps on lines 4 repeat"
    )


def test_loop_without_exit_loops_forever_even_when_it_talks(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        steps:
          - listen: 5
          - id: ask
            say: "Hello?"
          - listen: 5
          - branch:
              - heard: hello
                goto: ask
            else: ask
          - hangup
        """
    )
    assert problems[0].startswith("8:5: loops forever: the steps on lines 5, 7, 8 repeat")
    assert problems[1].startswith("12:5: unreachable step")


def test_loop_that_never_listens_spins(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        steps:
          - listen: 5
          - id: ask
            say: "Hello?"
          - branch:
              - heard: yes
                goto: end
            else: ask
        """
    )
    assert problems == [
        "7:5: loops without the call progressing: nothing in the loop (lines 5, 7) listens, "
        "so its branch sees the same words every time (add a listen)"
    ]


def test_loop_with_listen_and_exit_is_fine(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        steps:
          - id: menu
            listen: 5
          - branch:
              - silence: true
                goto: menu
              - heard: "press one"
                goto: press
          - goto: menu
          - id: press
            dtmf: "1"
        """
    )
    assert problems == []


def test_all_problems_are_collected(check: Check) -> None:
    problems = check(
        """
        name: t
        language: xx
        persona: {name: A}
        steps:
          - sya: hi
          - say: "{persona.nope}"
          - goto: nowhere
          - listen: {max_s: -1}
        """
    )
    assert [p.split(":")[0] for p in problems] == ["2", "5", "6", "7", "8"]


def test_syntax_error_empty_file_and_not_a_mapping(check: Check) -> None:
    assert check("name: [unclosed\n")[0].startswith("2:1: YAML syntax")
    assert check("") == ["1:1: file is empty"]
    assert check("- hangup\n") == ["1:1: a scenario must be a mapping (name:, language:, steps: ...)"]


def test_load_scenario_raises_input_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("name: t\nlanguage: de\nsteps:\n  - sya: hi\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_scenario(path)
    assert [str(p) for p in info.value.problems] == [
        f"{path}:2:11: unsupported language 'de' (supported: ru, en)",
        f"{path}:4:5: unknown step 'sya'; did you mean 'say'?",
    ]
    with pytest.raises(InputError, match="file not found"):
        load_scenario(tmp_path / "missing.yaml")


def test_branch_that_always_jumps_makes_the_next_step_unreachable(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        steps:
          - listen: 5
          - branch:
              - heard: yes
                goto: done
            else: end
          - say: "orphan"
          - id: done
            hangup: true
        """
    )
    assert problems == [
        "9:5: unreachable step: no goto or branch leads here, and the branch on line 5 always jumps elsewhere"
    ]


def test_persona_and_short_form_messages(check: Check) -> None:
    problems = check(
        """
        name: t
        language: en
        persona:
          bad key: x
          nested: {a: 1}
        steps:
          - dtmf: true
          - play:
          - branch:
              - heard: ok
                silence: true
                goto: end
        """
    )
    assert problems == [
        "4:3: invalid variable name 'bad key' (letters, digits and _)",
        "5:3: persona.nested: a persona value must be text or a number",
        '7:11: dtmf: expected digits like "2#" or {digits: ...}',
        "8:5: play: missing file",
        "10:9: branch[0]: a case needs exactly one of 'heard', 'silence' or 'answered_by'",
    ]
