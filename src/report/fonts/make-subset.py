#!/usr/bin/python3
"""Builds noto-sans-jp-subset.ttf, the Japanese font of the PDF report.

Run from the repository root with Debian's fonttools (apt-get install fonttools):
    /usr/bin/python3 src/report/fonts/make-subset.py

1. Noto Sans JP lacks many Latin Extended-A letters (the Š, č, ć of European author names in a
   pack's sources). Each missing letter whose decomposition is a base letter plus one accent the
   font draws elsewhere is composed: the base letter's outline plus the accent's contours taken
   from a letter that has it (č = c + the caron of ě), placed as in that letter.
2. pyftsubset keeps the code points listed below from that font.
"""
import os
import subprocess
import sys
import tempfile
import unicodedata

from fontTools.pens.boundsPen import BoundsPen
from fontTools.pens.recordingPen import RecordingPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

SOURCE = 'node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'
TARGET = 'src/report/fonts/noto-sans-jp-subset.ttf'

RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x0100, 0x017F),  # Latin Extended-A (what the font has or step 1 composes)
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x303F),  # CJK symbols and punctuation (includes 〓 U+3013)
    (0x3040, 0x309F),  # hiragana
    (0x30A0, 0x30FF),  # katakana
    (0xFF00, 0xFFEF),  # half-width and full-width forms
    (0x2460, 0x2473),  # ① to ⑳
]

# The rest of WinAnsi (so an English text keeps its € or ™ when a report switches to this font)
# and the comparison signs English texts use.
EXTRAS = [0x20AC, 0x0192, 0x02C6, 0x02DC, 0x2122, 0x2264, 0x2265, 0x2260]

# JIS X 0208: non-kanji rows 1-8, level 1 kanji rows 16-47, level 2 kanji rows 48-84.
JIS_ROWS = list(range(1, 9)) + list(range(16, 85))

# Accent → (lower-case donor, upper-case donor): letters whose contours above the base (below it
# for the cedilla) are that accent.
DONORS = {
    '\u0300': ('è', 'È'), '\u0301': ('é', 'É'), '\u0302': ('ê', 'Ê'), '\u0303': ('ñ', 'Ñ'),
    '\u0304': ('ē', 'Ē'), '\u0306': ('ă', 'Ă'), '\u0307': ('i', 'i'), '\u0308': ('ë', 'Ë'),
    '\u030A': ('å', 'Å'), '\u030C': ('ě', 'Ě'), '\u0327': ('ç', 'Ç'),
}
BELOW = {'\u0327'}


def jis_x_0208():
    chars = set()
    for row in JIS_ROWS:
        for cell in range(1, 95):
            try:
                text = bytes([0xA0 + row, 0xA0 + cell]).decode('euc_jp')
            except UnicodeDecodeError:
                continue  # an unassigned code in this row
            chars.update(ord(c) for c in text)
    return chars


def contours(glyph_set, name):
    """The glyph's outline as a list of (recorded drawing, bounds) per contour."""
    recording = RecordingPen()
    glyph_set[name].draw(recording)
    out, current = [], []
    for op, args in recording.value:
        current.append((op, args))
        if op in ('closePath', 'endPath'):
            bounds = BoundsPen(glyph_set)
            for o, a in current:
                getattr(bounds, o)(*a)
            out.append((current, bounds.bounds))
            current = []
    return out


def union(boxes):
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def accent_of(font, glyph_set, cmap, donor, below):
    """The donor's accent contours, the accent's box and the donor base letter's box."""
    parts = contours(glyph_set, cmap[ord(donor)])
    base_box = union([b for _, b in parts])
    split = 30 if below else font['OS/2'].sxHeight + 40
    if donor.isupper():
        split = 30 if below else font['OS/2'].sCapHeight + 20
    mark = [(c, b) for c, b in parts if (b[3] <= split if below else b[1] >= split)]
    rest = [b for c, b in parts if (c, b) not in mark]
    return mark, union([b for _, b in mark]), union(rest) if rest else base_box


def compose_latin(font):
    """Adds every missing Latin Extended-A letter that is a base letter plus a known accent."""
    cmap = font.getBestCmap()
    glyph_set = font.getGlyphSet()
    glyf, hmtx = font['glyf'], font['hmtx']
    added = {}
    for cp in range(0x0100, 0x0180):
        if cp in cmap:
            continue
        parts = unicodedata.normalize('NFD', chr(cp))
        if len(parts) != 2 or parts[1] not in DONORS or ord(parts[0]) not in cmap:
            continue
        base, accent = parts
        if base in 'ij' and accent not in BELOW:
            continue  # would need a dotless i or j
        below = accent in BELOW
        tall = base.isupper() or base in 'bdhklt'
        donor = DONORS[accent][1 if base.isupper() else 0]
        if ord(donor) not in cmap:
            continue
        mark, mark_box, donor_box = accent_of(font, glyph_set, cmap, donor, below)
        base_name = cmap[ord(base)]
        base_box = union([b for _, b in contours(glyph_set, base_name)])
        # Keep the donor's horizontal offset from its letter's centre, and its gap above the letter.
        dx = (base_box[0] + base_box[2]) / 2 - (donor_box[0] + donor_box[2]) / 2
        dy = 0
        if not below and tall:
            dy = max(0, base_box[3] + (mark_box[1] - donor_box[3]) - mark_box[1])
        pen = TTGlyphPen(glyph_set)
        glyph_set[base_name].draw(pen)
        moved = TransformPen(pen, (1, 0, 0, 1, round(dx), round(dy)))
        for drawing, _ in mark:
            for op, args in drawing:
                getattr(moved, op)(*args)
        name = 'composed%04X' % cp
        glyph = pen.glyph()
        glyph.recalcBounds(glyf)
        glyf[name] = glyph
        hmtx[name] = (hmtx[base_name][0], glyph.xMin if hasattr(glyph, 'xMin') else 0)
        added[cp] = name
    # glyf[name] = … appended each new glyph to the font's glyph order.
    for table in font['cmap'].tables:
        if table.isUnicode():
            table.cmap.update(added)
    return sorted(added)


def main():
    codepoints = set(jis_x_0208())
    for first, last in RANGES:
        codepoints.update(range(first, last + 1))
    codepoints.update(EXTRAS)
    font = TTFont(SOURCE, recalcTimestamp=False)  # keep the source's dates: reproducible bytes
    for tag in ('vhea', 'vmtx'):
        del font[tag]  # vertical metrics: dropped by the subset anyway, and the new glyphs have none
    composed = compose_latin(font)
    with tempfile.TemporaryDirectory() as work:
        augmented = os.path.join(work, 'augmented.ttf')
        font.save(augmented)
        listing = os.path.join(work, 'unicodes.txt')
        with open(listing, 'w') as out:
            out.write('\n'.join('U+%04X' % c for c in sorted(codepoints)))
        subprocess.run(
            [
                'pyftsubset', augmented,
                '--unicodes-file=' + listing,
                '--output-file=' + TARGET,
                '--layout-features=',   # jsPDF uses no OpenType layout
                '--no-hinting',         # the PDF is rendered by the viewer's rasteriser
                '--drop-tables+=vhea,vmtx,BASE,STAT,GDEF,GPOS,GSUB',
                '--name-IDs=0,1,2,3,4,5,6,13,14',  # keep the copyright and licence names
                '--notdef-outline',
            ],
            check=True,
        )
    mapped = len(TTFont(TARGET).getBestCmap())
    print('%s: %d code points requested, %d mapped (%d composed: %s), %d bytes' % (
        TARGET, len(codepoints), mapped, len(composed), ''.join(chr(c) for c in composed), os.path.getsize(TARGET)), file=sys.stderr)


if __name__ == '__main__':
    main()
