"""Lay out a raw text as a scanned-looking report: hard-wrapped lines, occasional
end-of-line hyphenation, running header and 'Page N of M' footer on every page."""
import sys
import textwrap

src, out, header = sys.argv[1], sys.argv[2], sys.argv[3]
W, PAGE = 76, 30
lines = []
n_break = 0
for para in open(src, encoding="utf-8").read().split("\n\n"):
    rows = para.strip("\n").split("\n")
    if all(r.startswith("|") for r in rows):
        lines += [r[2:] if r.startswith("| ") else r[1:] for r in rows]
    else:
        for r in rows:
            wrapped = textwrap.wrap(r, W)
            res = list(wrapped)
            # hyphenate: for every 6th line break, if the next line starts with a long word, split it
            for i in range(len(res) - 1):
                n_break += 1
                nxt = res[i + 1].split(" ", 1)
                w = nxt[0]
                if n_break % 4 == 0 and len(w) >= 9 and w.isalpha() and len(res[i]) + len(w) // 2 + 2 <= W + 2:
                    k = len(w) // 2
                    res[i] = res[i] + " " + w[:k] + "-"
                    res[i + 1] = w[k:] + (" " + nxt[1] if len(nxt) > 1 else "")
            lines += res
    lines.append("")
pages = [lines[i:i + PAGE] for i in range(0, len(lines), PAGE)]
M = len(pages)
with open(out, "w", encoding="utf-8") as f:
    for n, pg in enumerate(pages, 1):
        f.write(header + "\n\n")
        f.write("\n".join(pg).rstrip("\n") + "\n\n")
        f.write(f"{f'Page {n} of {M}':>{W}}\n")
        if n < M:
            f.write("\f\n")
