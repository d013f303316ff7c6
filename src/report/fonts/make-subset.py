#!/usr/bin/python3
"""Builds noto-sans-jp-subset.ttf, the Japanese font of the PDF report.

Run from the repository root with Debian's fonttools (apt-get install fonttools):
    /usr/bin/python3 src/report/fonts/make-subset.py

1. Noto Sans JP lacks many Latin Extended-A letters (the Š, č, ć of European author names in a
   pack's sources). Each missing letter whose decomposition is a base letter plus one accent the
   font draws elsewhere is composed: the base letter's outline plus the accent's contours taken
   from a letter that has it (č = c + the caron of ě), placed as in that letter.
   The superscript digits ⁰ ⁵–⁹ (for 10²⁵) are the digit scaled to the size and height of the
   font's own ², and ≒ (JIS X 0208, missing from the font) is its ＝ with two dots taken from ∴.
2. pyftsubset keeps the code points listed below from that font: the ranges, JIS X 0213:2004
   (levels 1-4, both planes), Windows-31J (CP932, with the NEC special characters, the
   NEC-selected IBM extensions and the IBM extensions) and the 2136 kanji of the 常用漢字表 (2010).
3. It prints, for each character set, how many of its characters the font maps and which it lacks.
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
JOYO = 'src/report/fonts/joyo-kanji-2010.txt'

RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x0100, 0x017F),  # Latin Extended-A (what the font has or step 1 composes)
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x303F),  # CJK symbols and punctuation (includes 〓 U+3013)
    (0x3040, 0x309F),  # hiragana
    (0x30A0, 0x30FF),  # katakana
    (0xFF00, 0xFFEF),  # half-width and full-width forms
    (0x2070, 0x209F),  # superscripts and subscripts (10²⁵; the digits step 1 composes)
    (0x2100, 0x218F),  # letterlike symbols and number forms (№ ℡ Ⅰ–Ⅻ ⅰ–ⅻ)
    (0x2190, 0x22FF),  # arrows and mathematical operators
    (0x2460, 0x24FF),  # enclosed alphanumerics (① to ⑳ and more)
    (0x2500, 0x26FF),  # box drawing, geometric shapes, miscellaneous symbols
    (0x3200, 0x33FF),  # enclosed CJK letters and CJK compatibility (㈱ ㈲ ㋿ ㍉ ㎝)
    (0x3400, 0x4DBF),  # CJK unified ideographs extension A (what the font draws)
    (0xF900, 0xFAFF),  # CJK compatibility ideographs (﨑 﨟 and other name forms)
    (0x20000, 0x2FFFF),  # the supplementary ideographs the font draws (𠮷 𩸽 𠮟)
]

# The rest of WinAnsi (so an English text keeps its € or ™ when a report switches to this font)
# and the comparison signs English texts use.
EXTRAS = [0x20AC, 0x0192, 0x02C6, 0x02DC, 0x2122, 0x2264, 0x2265, 0x2260]

# Shift_JIS lead and trail bytes: every two-byte code of the encoding.
LEAD_BYTES = list(range(0x81, 0xA0)) + list(range(0xE0, 0xFD))
TRAIL_BYTES = list(range(0x40, 0x7F)) + list(range(0x80, 0xFD))
# Windows-31J rows F0-F9 are the user-defined area (Unicode private use): no glyph to take.
PRIVATE_USE = range(0xE000, 0xF900)

# Accent → (lower-case donor, upper-case donor): letters whose contours above the base (below it
# for the cedilla) are that accent.
DONORS = {
    '\u0300': ('è', 'È'), '\u0301': ('é', 'É'), '\u0302': ('ê', 'Ê'), '\u0303': ('ñ', 'Ñ'),
    '\u0304': ('ē', 'Ē'), '\u0306': ('ă', 'Ă'), '\u0307': ('i', 'i'), '\u0308': ('ë', 'Ë'),
    '\u030A': ('å', 'Å'), '\u030C': ('ě', 'Ě'), '\u0327': ('ç', 'Ç'),
}
BELOW = {'\u0327'}


def two_byte_set(codec, leads=LEAD_BYTES):
    """Every character of a Shift_JIS-family codec, by decoding each two-byte code (combining
    sequences of JIS X 0213 add each of their code points)."""
    chars = set()
    for lead in leads:
        for trail in TRAIL_BYTES:
            try:
                text = bytes([lead, trail]).decode(codec)
            except UnicodeDecodeError:
                continue  # an unassigned code
            chars.update(ord(c) for c in text if ord(c) not in PRIVATE_USE)
    return chars


def character_sets():
    """The character sets the font must cover, by name (the order of the printed counts)."""
    jis0208 = set()
    for row in list(range(1, 9)) + list(range(16, 85)):
        for cell in range(1, 95):
            try:
                jis0208.update(ord(c) for c in bytes([0xA0 + row, 0xA0 + cell]).decode('euc_jp'))
            except UnicodeDecodeError:
                continue
    # Shift_JIS-2004 lead bytes F0-FC hold JIS X 0213 plane 2; the rest is plane 1.
    plane1 = two_byte_set('shift_jis_2004', [b for b in LEAD_BYTES if b < 0xF0])
    plane2 = two_byte_set('shift_jis_2004', [b for b in LEAD_BYTES if b >= 0xF0])
    cp932 = two_byte_set('cp932')
    nec = two_byte_set('cp932', [0x87])                            # NEC special characters (row 13)
    nec_ibm = two_byte_set('cp932', [0xED, 0xEE])                 # NEC-selected IBM extensions (rows 89-92)
    ibm = two_byte_set('cp932', [0xFA, 0xFB, 0xFC])               # IBM extensions (rows 115-119)
    with open(JOYO, encoding='utf-8') as source:
        joyo = {ord(c) for c in source.read().strip()}
    return [
        ('JIS X 0208', jis0208),
        ('JIS X 0213:2004 plane 1 (levels 1-3)', plane1),
        ('JIS X 0213:2004 plane 2 (level 4)', plane2),
        ('CP932 (Windows-31J), all', cp932),
        ('CP932 NEC special characters', nec),
        ('CP932 NEC-selected IBM extensions', nec_ibm),
        ('CP932 IBM extensions', ibm),
        ('Joyo kanji 2010 (2136)', joyo),
    ]


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


def add_glyph(font, cp, name, pen, advance):
    glyph = pen.glyph()
    glyph.recalcBounds(font['glyf'])
    font['glyf'][name] = glyph
    font['hmtx'][name] = (advance, glyph.xMin if hasattr(glyph, 'xMin') else 0)
    for table in font['cmap'].tables:
        if table.isUnicode() and (cp <= 0xFFFF or table.format == 12):
            table.cmap[cp] = name


def bounds_of(glyph_set, name):
    pen = BoundsPen(glyph_set)
    glyph_set[name].draw(pen)
    return pen.bounds


def compose_symbols(font):
    """Adds the superscript digits the font lacks and ≒; returns their code points."""
    cmap = font.getBestCmap()
    glyph_set = font.getGlyphSet()
    added = []
    # ² and 2 give the scale and the raise of every superscript digit.
    two, sup_two = cmap[ord('2')], cmap[ord('\u00B2')]
    box2, box_sup = bounds_of(glyph_set, two), bounds_of(glyph_set, sup_two)
    sx = (box_sup[2] - box_sup[0]) / (box2[2] - box2[0])
    sy = (box_sup[3] - box_sup[1]) / (box2[3] - box2[1])
    advance = font['hmtx'][sup_two][0]
    for digit, cp in zip('0123456789', [0x2070, 0xB9, 0xB2, 0xB3, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079]):
        if cp in cmap:
            continue
        name = cmap[ord(digit)]
        box = bounds_of(glyph_set, name)
        pen = TTGlyphPen(glyph_set)
        dx = box_sup[0] - sx * box[0] + (box2[2] - box2[0] - (box[2] - box[0])) * sx / 2
        glyph_set[name].draw(TransformPen(pen, (sx, 0, 0, sy, round(dx), round(box_sup[1] - sy * box2[1]))))
        add_glyph(font, cp, 'composed%04X' % cp, pen, advance)
        added.append(cp)
    if 0x2252 not in cmap and 0xFF1D in cmap and 0x2234 in cmap:
        equals = cmap[0xFF1D]
        eq_box = bounds_of(glyph_set, equals)
        dot, dot_box = min(contours(glyph_set, cmap[0x2234]), key=lambda part: part[1][2] - part[1][0])
        size = dot_box[2] - dot_box[0]
        gap = size * 0.7
        pen = TTGlyphPen(glyph_set)
        glyph_set[equals].draw(pen)
        inset = (eq_box[2] - eq_box[0]) * 0.12
        for x, y in ((eq_box[0] + inset, eq_box[3] + gap), (eq_box[2] - inset - size, eq_box[1] - gap - size)):
            moved = TransformPen(pen, (1, 0, 0, 1, round(x - dot_box[0]), round(y - dot_box[1])))
            for op, args in dot:
                getattr(moved, op)(*args)
        add_glyph(font, 0x2252, 'composed2252', pen, font['hmtx'][equals][0])
        added.append(0x2252)
    return added


def main():
    sets = character_sets()
    codepoints = set()
    for _, chars in sets:
        codepoints.update(chars)
    for first, last in RANGES:
        codepoints.update(range(first, last + 1))
    codepoints.update(EXTRAS)
    font = TTFont(SOURCE, recalcTimestamp=False)  # keep the source's dates: reproducible bytes
    for tag in ('vhea', 'vmtx'):
        del font[tag]  # vertical metrics: dropped by the subset anyway, and the new glyphs have none
    composed = compose_latin(font) + compose_symbols(font)
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
    cmap = TTFont(TARGET).getBestCmap()
    mapped = len(cmap)
    for name, chars in sets:
        lacking = sorted(c for c in chars if c not in cmap)
        print('%s: %d of %d mapped%s' % (name, len(chars) - len(lacking), len(chars),
              (', lacking ' + ' '.join('U+%04X' % c for c in lacking)) if lacking else ''), file=sys.stderr)
    print('%s: %d code points requested, %d mapped (%d composed: %s), %d bytes' % (
        TARGET, len(codepoints), mapped, len(composed), ''.join(chr(c) for c in composed), os.path.getsize(TARGET)), file=sys.stderr)


if __name__ == '__main__':
    main()
