#!/usr/bin/env python3
"""Makes the summary's fallback fonts in resources/fonts/ from Debian's Noto packages.

Run once, by hand, when a font is to be updated (the results are committed; the build does not run this):

    apt-get download fonts-noto-cjk fonts-noto-core python3-fonttools
    for d in *.deb; do dpkg -x "$d" x; done
    PYTHONPATH=x/usr/lib/python3/dist-packages python3 packaging/fonts/make-subsets.py x/usr/share/fonts resources/fonts

Versions used: fonts-noto-cjk 1:20220127+repack1-1 (Noto Sans CJK 2.004), fonts-noto-core 20201225-1,
python3-fonttools 4.38.0-1+deb12u1 (Debian 12).

- Han: the Simplified Chinese face of Noto Sans CJK (regular weight), cut down to the characters of GB 2312
  (6,763 Han, Simplified) and of Big5's "frequently used" level (5,401 Han, Traditional): 8,836 characters
  together, which hold nearly every character used in Chinese personal names. Its PostScript (CFF) outlines are
  converted to TrueType outlines, because PDFBox embeds TrueType-outline fonts only.
- Tamil: Noto Sans Tamil, regular and bold, whole (about 75 KB each).
- Jawi: Noto Sans Arabic, regular and bold, cut down to the Arabic letters, marks and digits (with the Jawi
  letters) and their shaping features.
"""
import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable


def gb2312_han():
    chars = set()
    for hi in range(0xB0, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    return chars


def big5_common_han():
    chars = set()
    for hi in range(0xA4, 0xC7):
        for lo in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                ch = bytes([hi, lo]).decode('big5')
            except UnicodeDecodeError:
                continue
            if 0x4E00 <= ord(ch) <= 0x9FFF:
                chars.add(ch)
    return chars


def cff_to_truetype(font):
    """Replaces the CFF outlines of an OpenType font by TrueType (quadratic) outlines."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font['glyf'] = glyf
    font['loca'] = newTable('loca')
    del font['CFF ']
    if 'VORG' in font:
        del font['VORG']
    maxp = font['maxp']
    maxp.tableVersion = 0x00010000
    for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font['head'].glyphDataFormat = 0
    font['post'].formatType = 2.0
    font['post'].extraNames = []
    font['post'].mapping = {}
    font['post'].glyphOrder = glyph_order
    font.sfntVersion = '\x00\x01\x00\x00'


def cut(font, text=None, unicodes=None, features='*'):
    options = subset.Options()
    options.layout_features = [features] if features == '*' else features
    options.name_IDs = ['*']
    options.name_languages = ['*']
    options.notdef_outline = True
    options.hinting = False
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text or '', unicodes=unicodes or [])
    subsetter.subset(font)


def main(source, target):
    cjk = TTCollection(os.path.join(source, 'opentype/noto/NotoSansCJK-Regular.ttc'))
    han = next(f for f in cjk.fonts if f['name'].getDebugName(4) == 'Noto Sans CJK SC')
    names = ''.join(sorted(gb2312_han() | big5_common_han()))
    # the ideographic punctuation and the middle dot that names and their separators use
    cut(han, text=names + '\u3000\u3001\u3002\u00B7\u30FB\uFF08\uFF09\uFF0C', features=[])
    cff_to_truetype(han)
    han.save(os.path.join(target, 'NotoSansCJKsc-Names-Regular.ttf'))

    for style in ('Regular', 'Bold'):
        tamil = TTFont(os.path.join(source, 'truetype/noto/NotoSansTamil-%s.ttf' % style))
        tamil.save(os.path.join(target, 'NotoSansTamil-%s.ttf' % style))
        arabic = TTFont(os.path.join(source, 'truetype/noto/NotoSansArabic-%s.ttf' % style))
        jawi = list(range(0x0600, 0x0700)) + [0x06A0, 0x06A4, 0x06AC, 0x06BD, 0x06CF, 0x0762, 0x200C, 0x200D]
        cut(arabic, unicodes=jawi)
        arabic.save(os.path.join(target, 'NotoSansArabic-Jawi-%s.ttf' % style))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
