"""Intent rules that phrase banks cannot express, named by an intent's ``rule:`` key.

* ``business_opening``: the callee's first turn says something besides greetings and
  fillers ("sky ceilings hello", "шиномонтаж", "taxis yeah"): a business name or type no
  generic list can know. Weaker evidence than a listed phrase (strength 0.65).
* ``own_name``: the callee's own first name near the start of the call.
* ``asks_who``: a callee turn that ends as a question about who is calling ("and you are").
* ``concrete_answer``: the reply to the product question names an amount or availability.
* ``proposes_slot``: the callee names a day or time with something they offer to do then.
* ``commits_to_act``: a Russian callee says what will be done for the caller ("оформим").
"""

from __future__ import annotations

from scoring.rules.answers import concrete_answer, reply_before_refusal
from scoring.rules.base import Rule
from scoring.rules.names import asks_who, own_name
from scoring.rules.offers import commits_to_act, proposes_slot
from scoring.rules.opening import business_opening

RULES: dict[str, Rule] = {
    "business_opening": business_opening,
    "own_name": own_name,
    "asks_who": asks_who,
    "concrete_answer": concrete_answer,
    "proposes_slot": proposes_slot,
    "commits_to_act": commits_to_act,
}

__all__ = ["RULES", "Rule", "reply_before_refusal"]
