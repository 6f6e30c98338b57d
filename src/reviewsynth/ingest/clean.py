"""Text cleaning shared by every format: raw page lines in, readable paragraphs out.

Steps, in order:
1. `normalise_raw`: one newline convention, no control characters, ligatures expanded, the
   PDF engine's soft-hyphen marker turned back into "-" + newline.
2. `remove_headers_footers`: lines repeated in the top or bottom zone of many pages (digits
   ignored, so "Page 3 of 9" matches "Page 4 of 9") and bare page numbers are dropped.
3. `lines_to_paragraphs`: hyphenation at line ends repaired, wrapped lines joined with one
   space, paragraph breaks kept as a blank line, paragraph numbers ("5.3") kept at the start.

Every function is pure and total (never raises on any string), so it is property-tested.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from reviewsynth.ingest.config import IngestRules, load_rules

_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)
# Control characters other than newline and tab; \ufffe/\ufeff are pdfium/BOM artefacts.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_DIGITS = re.compile(r"\d+")
_TABLE_ROW = re.compile(r"\s*[|+]")  # a table row or a grid table's border
_RULE_LINE = re.compile(r"^[=\-_*~#.·•]{3,}$")
_NON_WORD = re.compile(r"[^a-z#]+")
_TRAILING_WORD = re.compile(r"([A-Za-z]+)-$")
_LEADING_WORD = re.compile(r"^([A-Za-z]+)")


def normalise_raw(text: str) -> str:
    """One newline style, single spaces, no control characters; line-end hyphens made explicit."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # pdfium marks a hyphen it removed at a line end with U+FFFE and joins the lines; the soft
    # hyphen U+00AD plays the same part in other sources. Restore "-\n" so one rule decides.
    text = text.replace("\ufffe", "-\n").replace("\u00ad\n", "-\n").replace("\u00ad", "")
    text = text.replace("\x02", "-\n")
    text = text.translate(_LIGATURES)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    # Rule lines ("=====", "-----" under a plain-text heading) carry no words: a blank line.
    return "\n".join(
        "" if _RULE_LINE.match(line) else line for line in (raw.strip() for raw in text.split("\n"))
    )


class Vocabulary:
    """How the document itself writes words: decides hyphen repairs from its own usage.

    Looked up on demand: most pages have no broken word, and a document has a handful, so a
    search per decision is far cheaper than indexing every word (cleaning stays cheap next to
    extraction).
    """

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._texts: list[str] | None = list(texts)
        self._lowered = ""
        self._seen: dict[str, bool] = {}

    def _text(self) -> str:
        if self._texts is not None:
            self._lowered = "\n".join(self._texts).lower()
            self._texts = None
        return self._lowered

    def uses(self, word: str) -> bool:
        """True when the document writes `word` (a word or a hyphenated compound) whole."""
        word = word.lower()
        if word not in self._seen:
            pattern = r"(?<![a-z\-])" + re.escape(word) + r"(?![a-z])(?!-[a-z])"
            self._seen[word] = re.search(pattern, self._text()) is not None
        return self._seen[word]


def build_vocabulary(texts: Iterable[str]) -> Vocabulary:
    return Vocabulary(texts)


def keep_line_end_hyphen(
    left_line: str, right_line: str, vocab: Vocabulary, rules: IngestRules
) -> bool:
    """True when "left-" + newline + "right" is a real compound ("follow-up"), False to join."""
    left_match = _TRAILING_WORD.search(left_line)
    right_match = _LEADING_WORD.match(right_line)
    if not left_match or not right_match:
        return True  # "2019-" / "COVID-" / "-": not a broken word
    left, right = left_match.group(1), right_match.group(1)
    if not (left[-1].islower() and right[0].islower()):
        return True  # "Anti-Social", "UK-based" keep their hyphen
    compound, joined = f"{left}-{right}".lower(), f"{left}{right}".lower()
    if vocab.uses(compound):
        return True
    if vocab.uses(joined):
        return False
    hy = rules.hyphen
    if compound in hy.keep_compounds:
        return True
    # A listed prefix or second element only counts when the other part is a word the
    # document uses on its own ("pre-birth" yes, "pre-vention" no).
    if left.lower() in hy.keep_prefixes and len(right) > 2 and vocab.uses(right):
        return True
    return right.lower() in hy.keep_suffixes and len(left) > 2 and vocab.uses(left)


def typical_line_length(lines: Iterable[str]) -> int:
    """The length of a full line of prose: the 80th percentile of line lengths (0 when no
    lines). Table rows ("| ... |", "+---+") are left out when there is prose beside them: they
    are as wide as their columns, not wrapped, and a few wide rows would make every wrapped
    prose line look short, ending a paragraph at each line."""
    lines = [line for line in lines if line]
    prose = [line for line in lines if not _TABLE_ROW.match(line)]
    lengths = sorted(len(line) for line in prose or lines)
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.8))]


def _starts_paragraph(line: str, rules: IngestRules) -> bool:
    return bool(rules.paragraph_start.match(line))


def _continues_sentence(before: str, line: str, rules: IngestRules) -> bool:
    """A line in lower case after an unfinished sentence carries it on across a blank line."""
    return (
        line[0].islower()
        and not _starts_paragraph(line, rules)
        and before[-1].isalnum()
        and not _starts_paragraph(before + " ", rules)  # "2.3" alone is a number, not a sentence
    )


def _ends_with_word_hyphen(line: str) -> bool:
    return len(line) >= 2 and line[-1] == "-" and line[-2].isalpha()


def lines_to_paragraphs(
    lines: Sequence[str],
    typical: int | None = None,
    vocab: Vocabulary | None = None,
    rules: IngestRules | None = None,
) -> str:
    """Join wrapped lines into paragraphs separated by one blank line.

    A blank line always ends a paragraph. Otherwise a line starts a new paragraph when it
    begins with a paragraph number or bullet, or when the line before it is short (well under
    a full line) and this one does not continue a sentence in lower case.
    """
    rules = rules or load_rules()
    stripped = [" ".join(line.split()) for line in lines]
    if typical is None:
        typical = typical_line_length(stripped)
    if vocab is None:
        vocab = build_vocabulary(stripped)
    short_limit = typical * rules.short_line_ratio
    paragraphs: list[str] = []
    current = ""
    previous_line = ""  # the last source line added to `current`: its length tells a wrap
    for line in stripped:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if not current:
            if paragraphs and _continues_sentence(paragraphs[-1], line, rules):
                current = paragraphs.pop() + " " + line  # a blank line inside a sentence (OCR)
            else:
                current = line
            previous_line = line
            continue
        if _starts_paragraph(line, rules):
            paragraphs.append(current)
            current = line
        elif _ends_with_word_hyphen(current):
            if keep_line_end_hyphen(current, line, vocab, rules):
                current += line
            else:
                current = current[:-1] + line
        elif (
            len(previous_line) < short_limit
            and not line[0].islower()
            and previous_line.rsplit(" ", 1)[-1].lower() not in rules.continuation_words
        ):
            paragraphs.append(current)
            current = line
        else:
            current += " " + line
        previous_line = line
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _zone_indices(lines: Sequence[str], zone: int) -> list[int]:
    """Indices of the first and last `zone` non-blank lines of a page."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:zone]) | set(filled[-zone:])) if zone > 0 else []


# Running headers and footers are short; a longer line repeats only if it is the same exactly.
HEADER_MAX_WORDS = 12


def _line_key(line: str, rules: IngestRules) -> str:
    """Digits and punctuation ignored: "Page 3 of 9" ~ "Page 4 of 9"; OCR's "DHR.-" ~ "DHR -".

    Long lines and numbered paragraphs ("5.3 ...") are compared exactly: they are text.
    """
    if len(line.split()) > HEADER_MAX_WORDS or _starts_paragraph(line, rules):
        return line
    if not any(ch.isalpha() for ch in line):
        return line  # bare numbers ("2019", "3") are judged by the page-number rule alone
    return " ".join(_NON_WORD.sub(" ", _DIGITS.sub("#", line.lower())).split())


def _is_page_number(line: str, page_count: int, rules: IngestRules) -> bool:
    text = line.strip()
    if not rules.page_number.match(text):
        return False
    bare = text.strip("-–—()[]. ")
    # A bare number is a page number only when it could be one ("2019" on a 9-page report is not).
    return not bare.isdigit() or int(bare) <= page_count + 10


def remove_headers_footers(
    pages: Sequence[Sequence[str]], rules: IngestRules | None = None
) -> list[list[str]]:
    """Drop running headers/footers and page numbers from each page's lines."""
    rules = rules or load_rules()
    page_count = len(pages)
    zones = [_zone_indices(lines, rules.zone_lines) for lines in pages]
    counts: Counter[str] = Counter()
    for lines, zone in zip(pages, zones, strict=True):
        counts.update({_line_key(lines[i], rules) for i in zone})
    needed = max(2, min(rules.max_pages_needed, math.ceil(rules.min_page_share * page_count)))
    repeated = (
        {key for key, n in counts.items() if n >= needed and key} if page_count >= 2 else set()
    )
    cleaned: list[list[str]] = []
    for lines, zone in zip(pages, zones, strict=True):
        drop = {
            i
            for i in zone
            if _is_page_number(lines[i], page_count, rules)
            or _line_key(lines[i], rules) in repeated
        }
        cleaned.append([line for i, line in enumerate(lines) if i not in drop])
    return cleaned


def clean_pages(raw_pages: Sequence[str], rules: IngestRules | None = None) -> list[str]:
    """The whole cleaning for a paged document: one cleaned string per input page."""
    rules = rules or load_rules()
    page_lines = [normalise_raw(page).split("\n") for page in raw_pages]
    page_lines = remove_headers_footers(page_lines, rules)
    vocab = build_vocabulary("\n".join(lines) for lines in page_lines)
    typical = typical_line_length(line for lines in page_lines for line in lines)
    return [lines_to_paragraphs(lines, typical, vocab, rules) for lines in page_lines]


# Lines longer than this are not hard-wrapped: a file written one paragraph per line.
UNWRAPPED_LINE_LENGTH = 160


# A grid table drawn in text ("+----+----+" borders, "| ... | ... |" rows): its columns are
# told by character positions, so its lines are kept as they are, never joined or respaced.
_GRID_BORDER = re.compile(r"^[ \t]*\+(?:[-=]+\+){2,}[ \t]*$")
_GRID_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")


def grid_table_blocks(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) indices of the lines of each grid table: from a border line through
    rows and borders to the last border."""
    blocks, i = [], 0
    while i < len(lines):
        if _GRID_BORDER.match(lines[i]):
            j = i + 1
            while j < len(lines) and (_GRID_BORDER.match(lines[j]) or _GRID_ROW.match(lines[j])):
                j += 1
            last = j - 1
            while last > i and not _GRID_BORDER.match(lines[last]):
                last -= 1
            if last - i >= 2:
                blocks.append((i, last))
                i = last + 1
                continue
        i += 1
    return blocks


# A text box drawn in text: one column ("+-------+" borders, "| words |" lines), as learning
# briefs frame a key message. Its lines are prose, not cells.
_BOX_BORDER = re.compile(r"^[ \t]*\+[-=]{3,}\+[ \t]*$")
_BOX_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$")


def unbox_text_boxes(lines: list[str]) -> list[str]:
    """Lines with each one-column text box opened: its borders become blank lines (a box
    is a block of its own) and its rows the words between the bars, so that its wrapped
    lines join into sentences like any others. A row holding a bar inside is no box's."""
    out = list(lines)
    i = 0
    while i < len(lines):
        if not _BOX_BORDER.match(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and (m := _BOX_ROW.match(lines[j])) and "|" not in m.group(1):
            j += 1
        if j > i + 1 and j < len(lines) and _BOX_BORDER.match(lines[j]):
            out[i] = out[j] = ""
            for k in range(i + 1, j):
                row = _BOX_ROW.match(lines[k])
                assert row is not None
                out[k] = row.group(1).strip()
            i = j + 1
            continue
        i += 1
    return out


def clean_flow_text(text: str, rules: IngestRules | None = None) -> str:
    """Cleaning for unpaged text (plain text, Markdown): no header/footer step; grid tables
    are kept line for line; one-column text boxes are opened into prose."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    raw = unbox_text_boxes(raw)
    text = "\n".join(raw)
    blocks = grid_table_blocks(raw)
    if not blocks:
        return _clean_flow_lines(text, rules)
    parts, cursor = [], 0
    for first, last in blocks:
        parts.append(_clean_flow_lines("\n".join(raw[cursor:first]), rules))
        parts.append("\n".join(_CONTROL.sub("", line).rstrip() for line in raw[first:last + 1]))
        cursor = last + 1
    parts.append(_clean_flow_lines("\n".join(raw[cursor:]), rules))
    return "\n\n".join(part for part in parts if part.strip())


def _clean_flow_lines(text: str, rules: IngestRules | None) -> str:
    lines = normalise_raw(text).split("\n")
    if typical_line_length(lines) > UNWRAPPED_LINE_LENGTH:
        return "\n\n".join(line for line in lines if line)
    return lines_to_paragraphs(lines, rules=rules)
