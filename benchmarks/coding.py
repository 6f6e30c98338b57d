"""Benchmark: code_case on generated reviews vs raw pypdfium2 text extraction, same run.

    python benchmarks/coding.py [--pages 60] [--people 40] [--reports 3] [--repeat 3] [--scaling] [--profile 15] [--json out.json]

1. Generates `--reports` reviews of `--pages` pages (not timed), each with its own cast of
   `--people` invented people: victim, perpetrator, their relatives and friends, and the
   professionals of every agency, each mentioned several times across the report (cover and
   introduction, family background, chronology rows, agency contacts, analysis). The names
   are made up from syllables: no real person is named. `--people 0` gives the older report
   of five paragraphs about two people, repeated.
2. Times `code_case` on one core (the process is pinned to one CPU, `--cpu`, where the OS allows it):
   every report, `--repeat` rounds, median seconds per report, wall-clock and CPU. A
   warm-up report (not counted) compiles the lexicons first.
3. Baseline in the same rounds: pypdfium2 extraction of a PDF made from the same pages.
   The sizes and the baseline take turns in every round.
4. `--scaling`: the same for reports of `--long-pages` pages (default 150) with the same
   number of people, and the ratio of their cost to the `--pages` ones (target <= 3, the
   page ratio being 2.5), beside the same ratio for extraction.
5. `--profile N`: cProfile of one report of each size, its N slowest functions, and the
   seconds spent in the cast and in spaCy parsing (reviewsynth.nlp), if any.

Wall-clock seconds swing with other load on a shared machine, so the targets are judged on
the CPU seconds of the pinned process. Prints a table; `--json PATH` also writes the figures
(`-` for stdout).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from reviewsynth.coding import code_case
from reviewsynth.documents import ExtractedDocument
from reviewsynth.grouping.model import CaseGroup, CaseMeta, GroupedDocument

CHARS_PER_PAGE = 3000
TARGET_SECONDS = 2.0
TARGET_SCALING = 3.0

# --- the older report: two people, five paragraphs repeated (--people 0) -------------------

COVER = "Domestic Homicide Review\nOverview Report into the death of 'Nadia'\nPublished: May 2022\n\n1. Introduction\n"
PARAGRAPHS = [
    "1.1 This review examines the contact agencies had with Nadia, a 34-year-old woman of Black African heritage, and her estranged husband, Tomas, before Nadia was killed at her home in March 2021. Tomas stabbed Nadia with a kitchen knife and was convicted of murder.",
    "3.1 Nadia lived alone after the separation. Nadia's mother had depression for many years. Tomas drank heavily and had a conviction for assault. There is no evidence that Tomas used drugs.",
    "12 March 2020 - GP: Nadia attended with low mood and anxiety. The GP prescribed sertraline and advised her to contact the domestic abuse helpline. No enquiry was made about her safety at home.",
    "5 June 2020 - Police: Nadia reported that Tomas had pushed her against a wall and checked her phone every evening. The officer recorded a crime of harassment but no DASH risk assessment was completed and there was no referral to MARAC.",
    "5.1 Had the GP asked about domestic abuse, Nadia might have disclosed more. It is unclear whether Tomas used cannabis. Housing should be invited to MARAC in future and Probation should review its practice.",
]


def make_text(pages: int) -> list[str]:
    out, i = [], 0
    for n in range(pages):
        buf = [COVER] if n == 0 else []
        while sum(map(len, buf)) < CHARS_PER_PAGE:
            buf.append(PARAGRAPHS[i % len(PARAGRAPHS)] + "\n")
            i += 1
        out.append("".join(buf))
    return out


# --- generated reports, each with its own cast of invented people ---------------------------

# Syllables chosen to make pronounceable names that are not (common) real ones.
_ONSETS = ["B", "D", "F", "G", "K", "L", "M", "N", "R", "S", "T", "V", "Z", "Br", "Dr", "Kl", "Tr", "Th", "Sh", "Qu"]
_VOWELS = ["a", "e", "i", "o", "u", "ae", "ia", "ou"]
_CODAS = ["l", "n", "r", "s", "th", "v", "nd", "rk", "sk", "lm", "x", ""]
_SURNAME_ENDS = ["by", "wick", "dale", "thorn", "mere", "stow", "ley", "ford", "holm", "worth"]
_FEMALE_ENDS = ["a", "ine", "elle", "ia", "ora"]
_MALE_ENDS = ["o", "an", "ek", "us", "ard"]


@dataclass
class Person:
    key: str  # what the person is to the case: "victim", "victim_mother", "gp", ...
    first: str
    surname: str
    female: bool
    title: str = ""  # how the report names a professional: "Dr", "PC", "" (by name)

    @property
    def name(self) -> str:
        """How the report usually names the person: family by first name, staff by title."""
        if self.title:
            return f"{self.title} {self.surname}"
        return self.first

    @property
    def pron(self) -> tuple[str, str]:
        return ("she", "her") if self.female else ("he", "his")


# The people of a domestic homicide: key, female?, title ("" = named by first name).
_FAMILY = [
    ("victim", True, ""), ("perpetrator", False, ""),
    ("victim_mother", True, ""), ("victim_father", False, ""), ("victim_sister", True, ""), ("victim_brother", False, ""),
    ("child1", True, ""), ("child2", False, ""), ("child3", True, ""),
    ("perp_mother", True, ""), ("perp_father", False, ""), ("perp_brother", False, ""), ("perp_sister", True, ""),
    ("perp_ex", True, ""), ("victim_ex", False, ""),
    ("friend1", True, ""), ("friend2", True, ""), ("friend3", False, ""), ("neighbour1", False, ""), ("neighbour2", True, ""),
    ("employer", False, ""), ("colleague", True, ""),
]
_STAFF = [
    ("review_chair", False, ""), ("author", True, ""), ("gp", True, "Dr"), ("gp2", False, "Dr"), ("psychiatrist", False, "Dr"), ("ae_doctor", True, "Dr"),
    ("health_visitor", True, ""), ("school_nurse", True, ""), ("social_worker", True, ""), ("social_worker2", False, ""),
    ("team_manager", True, ""), ("officer1", False, "PC"), ("officer2", True, "PC"), ("officer3", False, "PC"),
    ("sergeant", False, "DS"), ("idva", True, ""), ("housing_officer", False, ""), ("housing_officer2", True, ""),
    ("probation", False, ""), ("cpn", True, ""), ("cpn2", False, ""), ("teacher", True, ""), ("dsl", False, ""),
    ("paramedic", False, ""), ("drugs_worker", True, ""), ("marac_chair", True, ""),
    ("solicitor", False, ""), ("counsellor", True, ""),
]
_ROLE_WORDS = {
    "gp": "GP", "gp2": "locum GP", "psychiatrist": "consultant psychiatrist", "ae_doctor": "emergency department doctor",
    "health_visitor": "health visitor", "school_nurse": "school nurse", "social_worker": "social worker",
    "social_worker2": "social worker", "team_manager": "team manager", "officer1": "police officer",
    "officer2": "police officer", "officer3": "police officer", "sergeant": "detective sergeant", "idva": "IDVA",
    "housing_officer": "housing officer", "housing_officer2": "tenancy support officer", "probation": "probation officer",
    "cpn": "community psychiatric nurse", "cpn2": "mental health nurse", "teacher": "class teacher",
    "dsl": "designated safeguarding lead", "paramedic": "paramedic", "drugs_worker": "substance misuse worker",
    "marac_chair": "MARAC chair", "review_chair": "independent chair", "author": "report author",
    "solicitor": "family law solicitor", "counsellor": "counsellor",
}
_AGENCY = {
    "gp": "GP practice", "gp2": "GP practice", "psychiatrist": "mental health trust", "ae_doctor": "hospital trust",
    "health_visitor": "community health", "school_nurse": "community health", "social_worker": "children's social care",
    "social_worker2": "adult social care", "team_manager": "children's social care", "officer1": "police",
    "officer2": "police", "officer3": "police", "sergeant": "police", "idva": "domestic abuse service",
    "housing_officer": "housing", "housing_officer2": "housing", "probation": "probation service",
    "cpn": "mental health trust", "cpn2": "mental health trust", "teacher": "school", "dsl": "school",
    "paramedic": "ambulance service", "drugs_worker": "drug and alcohol service", "marac_chair": "MARAC",
    "review_chair": "the review", "author": "the review", "solicitor": "legal services", "counsellor": "talking therapies",
}
_KIN = {
    "victim_mother": ("victim", "mother"), "victim_father": ("victim", "father"), "victim_sister": ("victim", "sister"),
    "victim_brother": ("victim", "brother"), "child1": ("victim", "daughter"), "child2": ("victim", "son"),
    "child3": ("victim", "daughter"), "perp_mother": ("perpetrator", "mother"), "perp_father": ("perpetrator", "father"),
    "perp_brother": ("perpetrator", "brother"), "perp_sister": ("perpetrator", "sister"),
    "perp_ex": ("perpetrator", "former partner"), "victim_ex": ("victim", "former partner"),
    "friend1": ("victim", "friend"), "friend2": ("victim", "friend"), "friend3": ("perpetrator", "friend"),
    "neighbour1": ("victim", "neighbour"), "neighbour2": ("victim", "neighbour"), "employer": ("victim", "employer"),
    "colleague": ("victim", "colleague"),
}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def _invent(rng: random.Random, taken: set[str], end: str = "") -> str:
    while True:
        word = rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
        if rng.random() < 0.5:
            word += rng.choice(_VOWELS) + rng.choice(_CODAS)
        word += end
        if 4 <= len(word) <= 10 and word not in taken:
            taken.add(word)
            return word


def make_cast(rng: random.Random, people: int) -> list[Person]:
    """`people` invented people (at least victim and perpetrator), family first, then staff."""
    taken: set[str] = set()
    roster = (_FAMILY + _STAFF)[:max(2, people)]
    extra = max(0, people - len(roster))  # beyond the roster: more friends of the victim
    roster += [(f"friend{4 + i}", i % 2 == 0, "") for i in range(extra)]
    out = []
    for key, female, title in roster:
        first = _invent(rng, taken, rng.choice(_FEMALE_ENDS if female else _MALE_ENDS))
        out.append(Person(key, first, _invent(rng, taken, rng.choice(_SURNAME_ENDS)), female, title))
    return out


def _describe(p: Person, cast: dict[str, Person]) -> str:
    """"Kaeline's mother, Drouna" / "the GP, Dr Thaskby": who the person is, by name."""
    if p.key in _KIN:
        owner, rel = _KIN[p.key]
        return f"{cast[owner].first}'s {rel}, {p.first}"
    if p.key in _ROLE_WORDS:
        return f"the {_ROLE_WORDS[p.key]}, {p.name}"
    return p.first


def _date(rng: random.Random, year: int) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(_MONTHS)} {year}"


def _paragraph(rng: random.Random, n: int, cast: dict[str, Person], staff: list[Person], others: list[Person]) -> str:
    """One realistic review paragraph: a chronology row, an agency contact, family background
    or analysis; the victim and perpetrator recur, everyone else in turn."""
    v, p = cast["victim"], cast["perpetrator"]
    s = staff[n % len(staff)] if staff else p
    o = others[n % len(others)] if others else v
    sp, spos = s.pron
    op, _ = o.pron
    year = 2017 + n % 5
    para = f"{2 + n % 8}.{1 + n % 17}"
    kind = n % 6
    if kind == 0:
        return (f"{_date(rng, year)} - {_AGENCY.get(s.key, 'Agency')}: {v.first} was seen by {_describe(s, cast)}, "
                f"and said that {p.first} had pushed her and checked her phone. {s.name} recorded the disclosure "
                f"but did not complete a DASH risk assessment. {v.first} told {s.name} that she was frightened of {p.first}.")
    if kind == 1:
        return (f"{para} {_describe(o, cast)}, told the review that {v.first} had become withdrawn. "
                f"{o.first} said {op} had seen bruising on {v.first}'s arm in {year}, and that {p.first} controlled "
                f"the money. {o.first} did not report this to any agency because {op} did not know who to call.")
    if kind == 2:
        return (f"{_date(rng, year)} - {_AGENCY.get(s.key, 'Agency')}: {s.name} visited {p.first} after a referral "
                f"from {_describe(o, cast)}. {p.first} was drinking heavily and said he had lost his job. {s.name} "
                f"noted that {p.first} had a conviction for assault and made no referral to MARAC.")
    if kind == 3:
        return (f"{para} {v.first} was described by {_describe(o, cast)}, as kind and "
                f"private. {p.first}'s mother, {cast.get('perp_mother', p).first}, said that {p.first} had been angry "
                f"since childhood. {v.first} and {p.first} had lived together for six years before the separation.")
    if kind == 4:
        return (f"{_date(rng, year)} - {_AGENCY.get(s.key, 'Agency')}: {_describe(s, cast)}, spoke with {o.first} "
                f"about {v.first}. {s.name} said {sp} shared the information with {staff[(n + 1) % len(staff)].name if staff else p.first} "
                f"but the record shows no follow-up. {o.first} said {op} had asked {v.first} to leave {p.first}.")
    chair = cast.get("review_chair" if n % 12 == 5 else "author", s)  # the review's own people, in turn
    return (f"{para} Had {s.name} asked {v.first} about abuse at home, she might have disclosed more. "
            f"{chair.first} and the panel note that {s.name} and {o.first} each held part of the picture. It is unclear whether "
            f"{p.first} used cannabis. {_AGENCY.get(s.key, 'Agency').capitalize()} should review how {spos} team records "
            "third-party concerns.")


def make_report(pages: int, people: int, seed: int) -> tuple[list[str], str]:
    """The page texts of a generated review with its own cast, and its title (the victim)."""
    rng = random.Random(seed)
    members = make_cast(rng, people)
    cast = {m.key: m for m in members}
    v, p = cast["victim"], cast["perpetrator"]
    # The chair and author run the review: the cover and the analysis name them, not the chronology.
    staff = [m for m in members if m.key in _ROLE_WORDS and m.key not in ("review_chair", "author")]
    others = [m for m in members if m.key not in _ROLE_WORDS and m.key not in ("victim", "perpetrator")]
    age = rng.randint(24, 58)
    cover = (f"Domestic Homicide Review\nOverview Report into the death of '{v.first}'\nPublished: May 2023\n\n"
             f"1. Introduction\n1.1 This review examines the contact agencies had with {v.first}, a {age}-year-old "
             f"woman, and her estranged husband, {p.first}, before {v.first} was killed at her home in March 2021. "
             f"{p.first} stabbed {v.first} with a kitchen knife and was convicted of murder.\n")
    for key, what in (("review_chair", "The review was chaired by"), ("author", "The report was written by")):
        if key in cast:
            cover += f"1.{3 if key == 'author' else 2} {what} {cast[key].first} {cast[key].surname}.\n"
    out, n = [], 0
    for page in range(pages):
        buf = [cover] if page == 0 else []
        while sum(map(len, buf)) < CHARS_PER_PAGE:
            buf.append(_paragraph(rng, n, cast, staff, others) + "\n")
            n += 1
        out.append("".join(buf))
    return out, v.first


# --- timing -----------------------------------------------------------------------------------


def make_pdf(page_texts: list[str]) -> bytes:
    """A text-layer PDF of the pages (matplotlib is installed; it writes real text)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    buf = io.BytesIO()
    with PdfPages(buf) as pdf:
        for t in page_texts:
            fig = Figure(figsize=(8.3, 11.7))
            lines = [t[i:i + 95] for i in range(0, len(t), 95)]
            fig.text(0.05, 0.97, "\n".join(lines[:60]), va="top", family="monospace", fontsize=7)
            pdf.savefig(fig)
    return buf.getvalue()


def _group(pages: list[str], title: str, n: int) -> CaseGroup:
    doc = ExtractedDocument.from_pages(f"bench{n}.pdf", f"{n:064x}", "pdf", pages)
    return CaseGroup(f"bench{n}", [GroupedDocument(doc, "overview_report", True)], CaseMeta(title=title, review_type="dhr"))


def _reports(pages: int, people: int, count: int, seed: int) -> list[tuple[list[str], str]]:
    if people == 0:
        return [(make_text(pages), "Nadia")] * count
    return [make_report(pages, people, seed + i) for i in range(count)]


def _timed(fn, *args) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one call."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn(*args)
    return time.perf_counter() - w0, time.process_time() - c0


def _extract(data: bytes) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    _ = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    pdf.close()


def measure(sizes: list[int], people: int, reports: int, repeat: int, seed: int) -> list[dict]:
    """For each size in pages: median code_case seconds (wall and CPU) over `reports`
    generated reports x `repeat` rounds, and the extraction baseline for the same pages.
    Sizes and baseline take turns in every round, so a change in other load on the machine
    falls on all of them alike."""
    made = {n: _reports(n, people, reports, seed + n) for n in sizes}
    groups = {n: [_group(p, t, seed + n + i) for i, (p, t) in enumerate(made[n])] for n in sizes}
    data = {n: make_pdf(made[n][0][0]) for n in sizes}
    coding: dict[int, list[tuple[float, float]]] = {n: [] for n in sizes}
    extraction: dict[int, list[tuple[float, float]]] = {n: [] for n in sizes}
    for _ in range(repeat):
        for n in sizes:
            coding[n] += [_timed(code_case, g) for g in groups[n]]
            extraction[n].append(_timed(_extract, data[n]))
    rows = []
    for n in sizes:
        text = groups[n][0].main.text
        wall, cpu = [w for w, _ in coding[n]], [c for _, c in coding[n]]
        c, cc = statistics.median(wall), statistics.median(cpu)
        e, ec = (statistics.median(x[k] for x in extraction[n]) for k in (0, 1))
        rows.append({"pages": n, "people": people, "reports": reports, "chars": len(text), "words": len(text.split()),
                     "coding_s": round(c, 4), "coding_cpu_s": round(cc, 4),
                     "coding_min_s": round(min(wall), 4), "coding_max_s": round(max(wall), 4),
                     "extraction_s": round(e, 4), "extraction_cpu_s": round(ec, 4),
                     "ratio_to_extraction": round(c / e, 1), "ratio_to_extraction_cpu": round(cc / ec, 1)})
    return rows


def profile(pages: int, people: int, seed: int, top: int) -> dict:
    """cProfile of code_case on one report: the slowest functions (cumulative seconds), and
    the seconds in the cast (build_cast) and in spaCy parsing (reviewsynth.nlp.parse)."""
    import cProfile
    import pstats

    group = _group(*_reports(pages, people, 1, seed)[0], n=seed)
    prof = cProfile.Profile()
    prof.runcall(code_case, group)
    stats = pstats.Stats(prof)
    rows = sorted(((ct, f"{Path(f).parent.name}/{Path(f).name}:{line}({fn})") for (f, line, fn), (_, _, _, ct, _) in stats.stats.items()  # type: ignore[attr-defined]
                   if "reviewsynth" in f), reverse=True)
    total = max((ct for ct, name in rows if name.endswith("(code_case)")), default=0.0)

    def cumulative(path: str, fn: str) -> float:
        return sum(ct for (f, _, name), (_, _, _, ct, _) in stats.stats.items() if f.endswith(path) and name == fn)  # type: ignore[attr-defined]

    return {"pages": pages, "code_case_s": round(total, 3), "build_cast_s": round(cumulative("coding/cast.py", "build_cast"), 3),
            "spacy_parse_s": round(cumulative("nlp/__init__.py", "parse"), 3),
            "top": [(round(ct, 3), name) for ct, name in rows[:top]]}


def _one_core(cpu: int | None) -> str:
    """Pin this process to one CPU (default: the last one allowed) so code_case and any
    library threads use one core."""
    if hasattr(os, "sched_setaffinity"):
        cpu = max(os.sched_getaffinity(0)) if cpu is None else cpu
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--people", type=int, default=40, help="people per generated report (0: the older two-person report)")
    ap.add_argument("--reports", type=int, default=3, help="generated reports, each with its own cast")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scaling", action="store_true", help="also time --long-pages reports and give the cost ratio")
    ap.add_argument("--long-pages", type=int, default=150)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cpu", type=int, default=None, help="the CPU to pin to (default: the last one allowed)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="also profile one report: its N slowest functions")
    ap.add_argument("--json", dest="json_path", default=None, help="write figures as JSON here ('-': stdout)")
    args = ap.parse_args()
    core = _one_core(args.cpu)
    warm = _reports(args.pages, args.people, 1, seed=10_000)[0]
    code_case(_group(*warm, n=10_000))  # warm: lexicons compile once per process
    rows = measure([args.pages, args.long_pages] if args.scaling else [args.pages], args.people, args.reports, args.repeat, args.seed)
    figures: dict = {"one_core": core, "load_average": round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None, "reports": rows}
    base = rows[0]
    # Targets are judged on CPU seconds: wall-clock swings with other load on a shared machine.
    figures["target_seconds"] = {"target": TARGET_SECONDS, "met": base["coding_cpu_s"] < TARGET_SECONDS}
    if args.scaling:
        long = rows[1]
        figures["scaling"] = {"coding_ratio": round(long["coding_s"] / base["coding_s"], 2),
                              "coding_ratio_cpu": round(long["coding_cpu_s"] / base["coding_cpu_s"], 2),
                              "extraction_ratio": round(long["extraction_s"] / base["extraction_s"], 2),
                              "extraction_ratio_cpu": round(long["extraction_cpu_s"] / base["extraction_cpu_s"], 2),
                              "page_ratio": round(long["pages"] / base["pages"], 2), "target": TARGET_SCALING}
        figures["scaling"]["met"] = figures["scaling"]["coding_ratio_cpu"] <= TARGET_SCALING
    if args.profile:
        figures["profile"] = [profile(r["pages"], args.people, 20_000 + r["pages"], args.profile) for r in rows]
    _print(figures, core)
    if args.json_path == "-":
        print(json.dumps(figures, indent=2))
    elif args.json_path:
        Path(args.json_path).write_text(json.dumps(figures, indent=2) + "\n")


def _print(figures: dict, core: str) -> None:
    print(f"code_case benchmark ({core}, load average {figures['load_average']})")
    print(f"{'pages':>5} {'people':>6} {'reports':>7} {'words':>8} {'code_case s':>12} {'(min-max)':>11} {'cpu s':>7}"
          f" {'pypdfium2 s':>12} {'cpu s':>7} {'ratio':>6} {'cpu':>6}")
    for r in figures["reports"]:
        spread = f"{r['coding_min_s']:.2f}-{r['coding_max_s']:.2f}"
        print(f"{r['pages']:>5} {r['people']:>6} {r['reports']:>7} {r['words']:>8,} {r['coding_s']:>12.3f} {spread:>11} {r['coding_cpu_s']:>7.3f}"
              f" {r['extraction_s']:>12.3f} {r['extraction_cpu_s']:>7.3f} {r['ratio_to_extraction']:>5.1f}x {r['ratio_to_extraction_cpu']:>5.1f}x")
    base = figures["reports"][0]
    print(f"code_case, {base['pages']} pages, {base['people']} people: {base['coding_cpu_s']:.3f} CPU s per report "
          f"(target < {TARGET_SECONDS:.0f} s: {'met' if figures['target_seconds']['met'] else 'NOT met'})")
    if "scaling" in figures:
        s = figures["scaling"]
        print(f"scaling {figures['reports'][1]['pages']} / {base['pages']} pages (x{s['page_ratio']}): code_case x{s['coding_ratio_cpu']} CPU"
              f" (x{s['coding_ratio']} wall), pypdfium2 x{s['extraction_ratio_cpu']} CPU (x{s['extraction_ratio']} wall);"
              f" target <= {TARGET_SCALING:.0f}: {'met' if s['met'] else 'NOT met'}")
    for p in figures.get("profile", []):
        print(f"profile, {p['pages']} pages: code_case {p['code_case_s']} s, of which build_cast {p['build_cast_s']} s,"
              f" spaCy parsing (reviewsynth.nlp.parse) {p['spacy_parse_s']} s (cProfile adds overhead)")
        for ct, name in p["top"]:
            print(f"  {ct:7.3f} s  {name}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
