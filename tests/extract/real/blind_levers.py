"""Is there a general condition that removes the false days of blind runs? (issue 12, round 12)

    .venv/bin/python tests/extract/real/blind_levers.py

For rounds 8-11 the history keeps the commit just before each round's rules came in:
the extractor of that commit, run on that round's passages, gives exactly what was
scored blind. This script copies each such commit's ``spiders/extract`` (``git
archive``) into a scratch package, reads the round with it in a child process while
recording, for every deadline day, what the reader used (the function that gave the
role, its cue, how far that cue stands, the cue classes of the sentence and of the
weak cue's clause, the text between the date and the date before it), and then
scores each candidate condition as a filter over those days. Conditions are chosen on
rounds 8-10; round 11 is the check. It changes nothing in the extractor.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from veille.spiders.extract import prose

ROOT = Path(__file__).resolve().parents[3]
PASSAGES = ROOT / "tests/extract/real/passages.jsonl"
# the last commit before each round's rules: the passages are in, the rules are not
BLIND = {8: "eb23789", 9: "7fb9f80", 10: "7ad9233", 11: "d3ab6f2"}

_CHILD = r"""
import functools, json, re, sys
from datetime import date
root, rnd, labels, AUXILIARY, AUXILIARY_NOW = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
sys.path.insert(0, root)
import veille.spiders.extract.extractor as ex
from veille.spiders.extract.cues import CueIndex
from veille.spiders.extract.reading import Reading
assert ex.__file__.startswith(root)
current = {"path": None}
def wrap(name, fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        out = fn(*a, **k)
        first = out[0] if isinstance(out, tuple) and out else out
        if isinstance(first, Reading) and current["path"] is None:
            current["path"] = name
        return out
    return inner
for name, obj in list(vars(ex).items()):
    if callable(obj) and not isinstance(obj, type) and getattr(obj, "__module__", "").startswith("veille.spiders.extract"):
        setattr(ex, name, wrap(name, obj))
plain_read, plain_readings = ex._Reader._read, ex._Reader.readings
def traced_read(self, mention, *a, **k):
    current["path"] = None
    out = plain_read(self, mention, *a, **k)
    self.__dict__.setdefault("paths", {})[mention.start] = current["path"] or ("internal" if out else None)
    return out
last = {}
def traced_readings(self):
    out = plain_readings(self)
    last["text"], last["out"] = self.text, [(m, r, self.paths.get(m.start)) for m, r in out]
    return out
ex._Reader._read, ex._Reader.readings = traced_read, traced_readings
END = re.compile(r"[.!?](?=\s|$)")
AUX = re.compile(AUXILIARY)
AUX_NOW = re.compile(AUXILIARY_NOW)
BREAK = re.compile(r"[;,.)\n]|(?<![a-z])(?:et|puis|and|then)(?![a-z])")
for line in open(labels, encoding="utf-8"):
    p = json.loads(line)
    if p["round"] != rnd:
        continue
    page = date.fromisoformat(p["page_date"]) if p.get("page_date") else None
    found = {d.date.isoformat() for d in ex.extract_strict(p["text"], page).deadlines}
    expected = {r["date"] for r in p["deadlines"]}
    text, cues, previous_end, seen = last["text"], CueIndex(last["text"]), 0, set()
    for m, r, path in last["out"]:
        gap, floor, previous_end = text[previous_end:m.start], previous_end, m.tail_end
        if r is None or m.value is None or r.role in ("event", "open", "window-start"):
            continue
        if m.value.isoformat() not in found:
            continue
        seen.add(m.value.isoformat())
        s0 = max([e.end() for e in END.finditer(text, 0, m.start)] + [max(0, m.start - 300)])
        before = cues.between(s0, m.start)
        weak = [h for h in before if h.cls == "deadline-weak"]
        clause = None
        if weak:
            breaks = [b.end() for b in BREAK.finditer(text, s0, weak[-1].start)]
            clause = [h.cls for h in cues.between(breaks[-1] if breaks else s0, m.start)]
        verb = None
        if weak:
            for v in AUX.finditer(text, s0, weak[-1].start):
                verb = v
            if verb is not None:
                verb = [verb.group(1), verb.group(3) or verb.group(2)]
        verb_now = None
        if weak:
            low = max(s0, floor)
            found_now = list(AUX_NOW.finditer(text, low, weak[-1].start)) if weak[-1].start >= low else []
            if found_now:
                v = found_now[-1]
                sub = max([b.end() for b in BREAK.finditer(text, low, v.start())] + [low])
                verb_now = [v.group(1), v.group(3) or v.group(2), text[v.end():weak[-1].start],
                            [h.cls for h in cues.between(v.end(), weak[-1].start)],
                            text[sub:v.start()], [h.cls for h in cues.between(sub, v.start())]]
        at = text.rfind(r.cue, 0, m.start) if r.cue else -1
        print(json.dumps(dict(round=rnd, id=p["id"], day=m.value.isoformat(),
            right=m.value.isoformat() in expected, path=path, cue=r.cue,
            cue_distance=m.start - at - len(r.cue) if at >= 0 else None,
            sentence=[h.cls for h in before], clause=clause, gap=gap[-120:],
            inherited=path == "internal" and not m.is_range, verb=verb, verb_now=verb_now, time=m.time is not None)))
    for day in sorted(found - seen):
        print(json.dumps(dict(round=rnd, id=p["id"], day=day, right=day in expected, path="untraced",
            cue="", cue_distance=None, sentence=[], clause=None, gap="", inherited=False, verb=None, verb_now=None, time=False)))
    for day in sorted(expected - found):
        print(json.dumps(dict(round=rnd, id=p["id"], day=day, right=None)))
"""

# an auxiliary or a modal, then the verb it carries (reflexive and passive forms let through),
# and the infinitive a participle leads to ("are invited to submit", "sont appelés à soumettre")
AUXILIARY = (
    r"(?<![a-z])(doi(?:t|vent)|devr(?:a|ont)|peu(?:t|vent)|pouvez|pourr(?:a|ont)|ser(?:a|ont)"
    r"|est|sont|ayant|ont|a ete|ont ete|vient d'|viennent d'|must|may|can|will|shall|should"
    r"|could|would|are|is)\s+(?:(?:etre|be|been|se|n'|ne|pas)\s+|s')*([a-z][a-z-]+)"
    r"(?:(?<=e|s|d)\s+(?:a|de|d'|to)\s+([a-z][a-z-]+(?:er|ir|re)|(?<=to )[a-z][a-z-]+))?"
)
_MODAL = re.compile(r"must|may|can|will|shall|should|could|would")
_FRENCH_VERB = re.compile(r"[a-z-]+(?:e|ee|es|ees|er|ir|re|is|ise|ises|u|ue|us|ues|it|ite|ites)")
_ENGLISH_VERB = re.compile(r"[a-z-]+(?:ed|en|ing)")
# what a candidate does with a file (send, address, deliver, provide, submit, deposit, forward,
# renew, register, pay) and what a call does (open, close, accept): the right days of rounds
# 8-10 whose weak cue follows a verb use these, in French or English
SENDING = re.compile(
    r"(?:envoy|adress|parven|fourn|soum|depos|transm|renouvel|inscri|regl|pay|candidat|postul"
    r"|ouv|clo|accept|recev|submit|send|sent|deliver|provid|apply|regist|forward|open|clos"
    r"|receiv|faire)"
)


def verb_is_not_sending(verb: list | None) -> bool:
    """True when the verb a weak cue follows is a verb, and not one of sending or of a call."""
    if not verb:
        return False
    aux, word = verb
    is_verb = (
        bool(_MODAL.fullmatch(aux))
        or _FRENCH_VERB.fullmatch(word) is not None
        or _ENGLISH_VERB.fullmatch(word) is not None
    )
    return is_verb and word not in ("etre", "be") and SENDING.match(word) is None


def verb_now_is_not_sending(verb: list | None) -> bool:
    """``prose.bounds_another_verb``'s test, on what the child recorded with its pattern."""
    if not verb:
        return False
    auxiliary, word, between, classes, subject, subject_classes = verb
    is_verb = prose._NO_VERB.fullmatch(word) is None and (
        prose._MODAL.fullmatch(auxiliary) is not None
        or prose._FRENCH_VERB_FORM.fullmatch(word) is not None
        or prose._ENGLISH_VERB_FORM.fullmatch(word) is not None
    )
    if not is_verb or word in ("etre", "be") or prose._SENDING_VERB.match(word):
        return False
    named = prose._SENDING_WORD.search(between) or prose._SENDING_WORD.search(subject)
    return not named and not set(classes + subject_classes) & SENT


SENT = {"apply", "letter", "full", "other"}
_GLUE = re.compile(
    r"[\s,;:/&()\-\u2022*]*(?:(?:et|ou|and|or|puis|then|le|la|les|l'|the|du|au|aux|des|de|on"
    r"|from|to|a)\b[\s,;:/&()\-\u2022*]*)*"
)


def _weak_only(row: dict) -> bool:
    return "deadline-weak" in row["sentence"] and "deadline" not in row["sentence"]


# Each candidate says which found days it would drop. Chosen on rounds 8-10.
CANDIDATES: dict[str, Callable[[dict], bool]] = {
    "inherit only across list glue": lambda r: r["inherited"] and not _GLUE.fullmatch(r["gap"]),
    "weak cue alone, nothing sent named in its sentence": lambda r: (
        r["path"] == "from_window" and _weak_only(r) and not set(r["sentence"]) & SENT
    ),
    "weak cue alone, nothing sent named in its clause": lambda r: (
        r["path"] == "from_window" and _weak_only(r) and not set(r["clause"] or []) & SENT
    ),
    "weak cue after a verb that is not a sending one": lambda r: (
        r["path"] in ("from_window", "internal")
        and _weak_only(r)
        and verb_is_not_sending(r["verb"])
    ),
    "the same, as implemented (prose.bounds_another_verb)": lambda r: (
        r["path"] == "from_window" and _weak_only(r) and verb_now_is_not_sending(r["verb_now"])
    ),
    "role only from the words after the date": lambda r: r["path"] == "from_lookahead",
    "no time, and the cue farther than 50 characters": lambda r: (
        not r["time"] and r["cue_distance"] is not None and r["cue_distance"] > 50
    ),
}


def blind_rows(round_: int, commit: str, scratch: Path) -> list[dict]:
    """What the extractor of ``commit`` found on round ``round_``, day by day."""
    package = scratch / commit / "veille" / "spiders"
    package.mkdir(parents=True, exist_ok=True)
    (package.parent / "__init__.py").touch()
    (package / "__init__.py").touch()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, "spiders/extract"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(scratch / commit)], input=archive, check=True)
    (scratch / commit / "spiders/extract").rename(package / "extract")
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            _CHILD,
            str(scratch / commit),
            str(round_),
            str(PASSAGES),
            AUXILIARY,
            prose._AUXILIARY_VERB.pattern,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines()]


def score(rows: list[dict], drop: Callable[[dict], bool] = lambda r: False) -> tuple:
    """(tp, fp, fn, P, R, F1) on days: a day goes when every reading of it is dropped."""
    days: dict[tuple[str, str], list[dict]] = {}
    fn = sum(1 for r in rows if r["right"] is None)
    for row in rows:
        if row["right"] is not None:
            days.setdefault((row["id"], row["day"]), []).append(row)
    tp = fp = 0
    for readings in days.values():
        kept = any(not drop(r) for r in readings)
        right = readings[0]["right"]
        tp += kept and right
        fp += kept and not right
        fn += right and not kept
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return tp, fp, fn, p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        rows = {n: blind_rows(n, c, Path(scratch)) for n, c in BLIND.items()}
    cells = ("{3:.2f}/{4:.2f}/{5:.2f} ({0},{1},{2})",)
    print(f"{'condition (days dropped)':58}" + "".join(f"  round {n:<20}" for n in BLIND))
    for name, drop in [("blind, as scored", lambda r: False), *CANDIDATES.items()]:
        line = "".join(f"  {cells[0].format(*score(rows[n], drop)):26}" for n in BLIND)
        print(f"{name:58}{line}")
    for n in BLIND:
        false = {(r["id"], r["day"]): r for r in rows[n] if r["right"] is False}
        near = [r for r in false.values() if r["path"] == "from_window" and r["cue_distance"] <= 5]
        print(f"round {n}: {len(near)} of {len(false)} false days have their cue right before them")
        for row in false.values():
            print(f"  {row['id']} {row['day']} {row['path']} cue={row['cue']!r}")


if __name__ == "__main__":
    main()
