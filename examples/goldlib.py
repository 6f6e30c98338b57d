"""The helper every batch's build_gold.py uses to write gold.json for its fictional reviews.

Every quote is checked against the document text before it is written:
- .txt: the quote must be a verbatim substring of the file text (UTF-8); for a hard-wrapped
  document (`Doc(..., wrapped=True)`, a scanned-looking report) with whitespace collapsed, so a
  quote may cross line breaks, as in scripts/verify_gold.py.
- .html: the quote must be a substring of the visible text of ONE block element
  (p, li, td, th, h1-h6, dt, dd, caption, figcaption, title), with tags stripped,
  entities unescaped and whitespace collapsed.
Every code id is checked against shared/spec/codebook.yaml.
A quote written with straight apostrophes or quotation marks also matches the
document's curly ones; the document's own characters are then stored, so the
gold quote is always verbatim.
"""
import hashlib
import json
import os
import re
from html.parser import HTMLParser

import yaml

CODEBOOK_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, "shared", "spec",
                             "codebook.yaml")
CB = yaml.safe_load(open(CODEBOOK_PATH, encoding="utf-8"))

BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd",
          "caption", "figcaption", "title"}


class _Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.blocks = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCKS:
            self.stack.append([])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in BLOCKS and self.stack:
            txt = "".join(self.stack.pop())
            self.blocks.append(re.sub(r"\s+", " ", txt).strip())
            if self.stack:
                self.stack[-1].append(txt)

    def handle_data(self, data):
        if self.skip:
            return
        if self.stack:
            self.stack[-1].append(data)


def _ws(s):
    return re.sub(r"\s+", " ", s).strip()


FAILS = []  # every missing quote, reported together by stats(), which then fails before anything is written

VARIANTS = [("'", "\u2019"), ('"', "\u201c"), ('"', "\u201d"), ("-", "\u2013")]


class Doc:
    def __init__(self, corpus_dir, name, *, wrapped=False):
        self.name = name
        self.path = os.path.join(corpus_dir, name)
        raw = open(self.path, "rb").read()
        self.sha = hashlib.sha256(raw).hexdigest()
        self.text = raw.decode("utf-8")
        self.is_html = name.endswith(".html")
        if self.is_html:
            p = _Blocks()
            p.feed(self.text)
            self.blocks = p.blocks
        self.wrapped = wrapped and not self.is_html
        # hard-wrapped text (the scanned-looking report): quotes may cross line breaks
        self.flat = _ws(self.text) if self.wrapped else self.text
        self.nquotes = 0

    def _found(self, q):
        if self.is_html:
            return any(q in b for b in self.blocks)
        return q in self.flat

    def find(self, q):
        """Return the verbatim form of q in the document, or raise."""
        if self.is_html or self.wrapped:
            q = _ws(q)
        if self._found(q):
            self.nquotes += 1
            return q
        # try curly variants character by character
        cands = [q]
        for a, b in VARIANTS:
            new = []
            for c in cands:
                new.append(c)
                if a in c:
                    new.append(c.replace(a, b))
            cands = new
        # also mixed opening/closing double quotes
        for c in list(cands):
            if '"' in c:
                parts = c.split('"')
                s = parts[0]
                for i, part in enumerate(parts[1:]):
                    s += ("\u201c" if i % 2 == 0 else "\u201d") + part
                cands.append(s)
                cands.append(s.replace("'", "\u2019"))
        for c in cands:
            if self._found(c):
                self.nquotes += 1
                return c
        FAILS.append(f"{self.name}: quote not found: {q!r}")
        return q

    def ev(self, *quotes):
        return [{"document": self.sha, "page": None, "quote": self.find(q),
                 "start": None, "end": None} for q in quotes]


def _check(group, cid):
    ids = CB[group]
    if isinstance(ids, dict):
        ok = cid in ids
    else:
        ok = cid in ids
    assert ok, f"code {cid!r} not in codebook {group}"


def code(doc, group, cid, *quotes, detail=None, subtypes=()):
    _check(group, cid)
    for s in subtypes:
        assert s in CB["abuse_subtypes"], s
    if cid == "other":
        assert detail, "other needs a detail"
    assert quotes, f"{cid}: a code needs evidence"
    return {"code": cid, "detail": detail, "subtypes": list(subtypes),
            "evidence": doc.ev(*quotes), "status": "accepted", "confidence": None}


AGE_BANDS = [(0, 0, "under_1"), (1, 2, "1_2"), (3, 5, "3_5"), (6, 7, "6_7"), (8, 9, "8_9"),
             (10, 11, "10_11"), (12, 13, "12_13"), (14, 15, "14_15"), (16, 17, "16_17"),
             (18, 24, "18_24"), (25, 34, "25_34"), (35, 44, "35_44"), (45, 54, "45_54"),
             (55, 64, "55_64"), (65, 74, "65_74"), (75, 84, "75_84"), (85, 200, "85_plus")]


def band_of(age):
    for lo, hi, b in AGE_BANDS:
        if lo <= age <= hi:
            return b


class Person:
    def __init__(self, doc, pid, role, name=None, age=None, age_band=None, gender="not_reported",
                 ethnicity="not_reported", ethnicity_detail=None, living="not_reported", summary=None):
        assert role in ("victim", "perpetrator")
        if age is not None:
            b = band_of(age)
            assert age_band in (None, b), (pid, age, age_band)
            age_band = b
        assert age_band in CB["age_bands"], age_band
        assert gender in CB["genders"], gender
        assert ethnicity in CB["ethnicities"], ethnicity
        assert living in CB["living_arrangements"], living
        self.doc = doc
        self.d = {"person_id": pid, "role": role, "name": name, "age": age, "age_band": age_band,
                  "gender": gender, "ethnicity": ethnicity, "ethnicity_detail": ethnicity_detail,
                  "living_arrangement": living, "summary": summary, "characteristics": [],
                  "risk_factors": [], "protective_factors": [], "services": []}

    def char(self, cid, *quotes, detail=None, subtypes=()):
        self.d["characteristics"].append(code(self.doc, "characteristics", cid, *quotes,
                                              detail=detail, subtypes=subtypes))
        return self

    def svc(self, sid, timing, *quotes, detail=None):
        _check("services", sid)
        assert timing in ("prior", "after")
        if sid == "other":
            assert detail
        assert quotes
        self.d["services"].append({"service": sid, "timing": timing, "detail": detail,
                                   "evidence": self.doc.ev(*quotes)})
        return self


def case(doc, *, case_id=None, title, review_type, area, published, incident_year, role,
         decision, reason, screening_quotes, category, incident_type, fatal, description,
         reference_individual, people, relationship=None, weapons=(), locations=(),
         technology=(), escalation_summary=None, markers=(), problems=()):
    _check("review_types", review_type)
    _check("document_roles", role)
    assert decision in ("include", "exclude")
    if decision == "include":
        assert reason in CB["screening"]["include_reasons"], reason
    else:
        assert reason in CB["screening"]["exclude_reasons"], reason
        assert category is None and not markers, "excluded: no category, no markers"
    if category is not None:
        _check("categories", category)
    if incident_type is not None:
        _check("incident_types", incident_type)
    assert reference_individual in (None, "victim", "perpetrator", "both")
    rel = None
    if relationship is not None:
        rtype, rdetail, rchars = relationship
        _check("relationship_types", rtype)
        rel = {"type": rtype, "detail": rdetail, "characteristics": list(rchars)}
    ids = [p.d["person_id"] for p in people]
    assert len(ids) == len(set(ids))
    pps = []
    for text, agency, theme, q in problems:
        pps.append({"text": text, "agency": agency, "theme": theme, "evidence": doc.ev(q)})
    return {
        "case_id": case_id or os.path.splitext(doc.name)[0],
        "title": title,
        "review_type": review_type,
        "area": area,
        "published": published,
        "incident_year": incident_year,
        "documents": [{"path": doc.name, "sha256": doc.sha, "role": role, "pages": None, "used": True}],
        "screening": {"decision": decision, "reason": reason, "evidence": doc.ev(*screening_quotes)},
        "category": category,
        "incident_type": incident_type,
        "fatal": fatal,
        "description": description,
        "reference_individual": reference_individual,
        "non_reference_information": None,
        "people": [p.d for p in people],
        "relationship": rel,
        "incident": {"weapons": list(weapons), "locations": list(locations),
                     "technology": list(technology), "abusive_behaviours": []},
        "escalation": {"summary": escalation_summary, "markers": list(markers)},
        "interventions": [],
        "response_matched_risk": None,
        "information_levels": {},
        "practice_problems": pps,
    }


# shorthands for code groups
def rc(doc, cid, *q, detail=None):
    return code(doc, "relationship_characteristics", cid, *q, detail=detail)


def wp(doc, cid, *q, detail=None):
    return code(doc, "weapons", cid, *q, detail=detail)


def loc(doc, cid, *q, detail=None):
    return code(doc, "locations", cid, *q, detail=detail)


def tech(doc, cid, *q, detail=None):
    return code(doc, "technologies", cid, *q, detail=detail)


def mk(doc, cid, *q, detail=None):
    return code(doc, "escalation_markers", cid, *q, detail=detail)


def write(cases, out):
    json.dump({"schema": "reviewsynth.cases/1", "cases": cases}, open(out, "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    open(out, "a").write("\n")


def stats(cases, docs):
    if FAILS:
        raise SystemExit("\n".join(FAILS) + f"\n{len(FAILS)} quotes not found; gold.json is not valid")
    nq = sum(d.nquotes for d in docs)
    print(f"{len(cases)} cases, {nq} quotes checked, 0 failures")
    paths = {d.name: d.path for d in docs}
    for c in cases:
        words = len(open(paths[c["documents"][0]["path"]], encoding="utf-8").read().split())
        print(f'{c["case_id"]:40s} {c["review_type"]:5s} {c["screening"]["decision"]:7s} '
              f'{c["screening"]["reason"]:32s} {str(c["category"]):34s} words={words} '
              f'people={len(c["people"])} pp={len(c["practice_problems"])}')


def merge_halves(here, name, parts=("a", "b")):
    """Build a batch's gold.json from halves written in parallel: run each build_gold_<part>.py
    (each checks its quotes and writes gold_<part>.json), join their cases in order, and keep
    gold.json as the one file the set is scored with."""
    import runpy

    cases = []
    for part in parts:
        runpy.run_path(os.path.join(here, f"build_gold_{part}.py"), run_name="__main__")
        half = os.path.join(here, f"gold_{part}.json")
        with open(half, encoding="utf-8") as f:
            cases += json.load(f)["cases"]
        os.remove(half)
    write(cases, os.path.join(here, "gold.json"))
    print(f"{name}: {len(cases)} cases written to gold.json")
