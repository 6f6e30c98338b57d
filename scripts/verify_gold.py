"""Independent check of gold.json: sha256 of every document, every quote verbatim in the
document text (HTML: visible text, tags stripped, entities unescaped, whitespace collapsed),
every code id in shared/spec/codebook.yaml, and a few schema rules.

    python3 verify_gold.py [BATCH_DIR]
"""
import hashlib
import html
import json
import os
import re
import sys

import yaml

if len(sys.argv) != 2:
    sys.exit("usage: python scripts/verify_gold.py examples/BATCH")
batch = sys.argv[1]
shared = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), os.pardir, "shared")
cb = yaml.safe_load(open(os.path.join(shared, "spec", "codebook.yaml"), encoding="utf-8"))
gold = json.load(open(os.path.join(batch, "gold.json"), encoding="utf-8"))
assert gold["schema"] == "reviewsynth.cases/1"
errors = []
texts = {}
nq = 0


def visible(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return re.sub(r"\s+", " ", html.unescape(raw)).strip()


def check_ev(c, where, evs):
    global nq
    if not evs:
        errors.append(f"{c['case_id']} {where}: no evidence")
    for e in evs:
        nq += 1
        t = texts.get(e["document"])
        if t is None:
            errors.append(f"{c['case_id']} {where}: evidence names an unknown document")
            continue
        q = re.sub(r"\s+", " ", e["quote"]).strip()
        if q not in t:
            errors.append(f"{c['case_id']} {where}: quote not found: {e['quote']!r}")


def need(group, cid, c, where):
    ids = group if isinstance(group, (list, dict)) else []
    if cid not in ids:
        errors.append(f"{c['case_id']} {where}: {cid!r} not in codebook")


for c in gold["cases"]:
    for doc in c["documents"]:
        path = os.path.join(batch, "corpus", doc["path"])
        raw = open(path, "rb").read()
        sha = hashlib.sha256(raw).hexdigest()
        if sha != doc["sha256"]:
            errors.append(f"{c['case_id']}: sha256 mismatch for {doc['path']}")
        txt = raw.decode("utf-8")
        texts[sha] = visible(txt) if path.endswith(".html") else re.sub(r"\s+", " ", txt)
        need(cb["document_roles"], doc["role"], c, "role")
    need(cb["review_types"], c["review_type"], c, "review_type")
    s = c["screening"]
    reasons = cb["screening"]["include_reasons" if s["decision"] == "include" else "exclude_reasons"]
    need(reasons, s["reason"], c, "screening.reason")
    check_ev(c, "screening", s["evidence"])
    if s["decision"] == "exclude" and (c["category"] or c["escalation"]["markers"]):
        errors.append(f"{c['case_id']}: excluded case with category or markers")
    if c["category"]:
        need(cb["categories"], c["category"], c, "category")
    if c["incident_type"]:
        need(cb["incident_types"], c["incident_type"], c, "incident_type")
    for p in c["people"]:
        w = f"{p['person_id']}"
        need(cb["age_bands"], p["age_band"], c, w + ".age_band")
        need(cb["genders"], p["gender"], c, w + ".gender")
        need(cb["ethnicities"], p["ethnicity"], c, w + ".ethnicity")
        need(cb["living_arrangements"], p["living_arrangement"], c, w + ".living")
        for ch in p["characteristics"]:
            need(cb["characteristics"], ch["code"], c, w + ".char")
            for st in ch["subtypes"]:
                need(cb["abuse_subtypes"], st, c, w + ".subtype")
            check_ev(c, f"{w}.{ch['code']}", ch["evidence"])
        for sv in p["services"]:
            need(cb["services"], sv["service"], c, w + ".service")
            if sv["timing"] not in ("prior", "after"):
                errors.append(f"{c['case_id']} {w}: bad timing")
            check_ev(c, f"{w}.{sv['service']}", sv["evidence"])
    if c["relationship"]:
        need(cb["relationship_types"], c["relationship"]["type"], c, "relationship.type")
        for ch in c["relationship"]["characteristics"]:
            need(cb["relationship_characteristics"], ch["code"], c, "relationship.char")
            check_ev(c, "relationship." + ch["code"], ch["evidence"])
    for key, group in (("weapons", "weapons"), ("locations", "locations"), ("technology", "technologies")):
        for ch in c["incident"][key]:
            need(cb[group], ch["code"], c, key)
            check_ev(c, key + "." + ch["code"], ch["evidence"])
    for ch in c["escalation"]["markers"]:
        need(cb["escalation_markers"], ch["code"], c, "marker")
        check_ev(c, "marker." + ch["code"], ch["evidence"])
    for pp in c["practice_problems"]:
        check_ev(c, "practice_problem", pp["evidence"])

print(f"{len(gold['cases'])} cases, {nq} quotes checked, {len(errors)} errors")
for e in errors:
    print("  ", e)
sys.exit(1 if errors else 0)
