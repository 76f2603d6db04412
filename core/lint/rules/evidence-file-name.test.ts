import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import rule, { fileNameFindings, isJsWhitespace, pemdiCodeEnd, spbeBracketIndicator, spbeDottedIndicator, type Finding } from './evidence-file-name.ts';
import { item, lineOf, lintWith, pemdi, spbe, summary } from './test-helper.ts';
import type { Assessment, Evidence } from '../../types.ts';

const s = (n: string, ...files: string[]) => spbe({ [n]: { level: 1, evidence: files.map((file): Evidence => ({ file, levels: [1] })) } });
const ALLOWED = 'pdf, jpg, jpeg, png, xlsx, xls, docx, doc, mp4, flv, pptx, zip';

describe('evidence-file-name', () => {
  const valid: [string, Assessment][] = [
    ['spbe dotted pattern', s('12', '12.a.Perwal-12-2022.pdf')],
    ['spbe guideline examples', s('1', '1.a.Pergub-1-2020.pdf', '1.b.reviu_arsitektur.pdf')],
    ['spbe letter omitted, as in the guideline\'s 35.screenshot LPSE.jpg', s('35', '35.screenshot LPSE.jpg')],
    ['spbe bracket pattern', s('42', '[Indikator 42a] Video Maturity Level 1-5 Aplikasi.mp4')],
    ['upper-case extension', s('18', '18.a.Daftar API Aplikasi.XLSX')],
    ['urls are not checked', spbe({ '40': { level: 1, evidence: [{ url: 'https://sakip.contoh.go.id/index.php', levels: [1] }] } })],
    ['pemdi item code', pemdi({ '1': { evidence: [item('I1-L2-01')] } })],
    ['pemdi item code with a description', pemdi({ '1': { evidence: [item('I1-L2-01', { file: 'I1-L2-01_Renstra-2025.pdf' })] } })],
    ['pemdi without item, right indicator', pemdi({ '13': { evidence: [{ file: 'I13-L1-02.pdf' }] } })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; message: string }[]][] = [
    ['spbe free-form name', s('12', 'Perwal 12 2022.pdf'), [{
      pointer: '/indicators/12/evidence/0/file',
      message: 'Indicator 12: file name "Perwal 12 2022.pdf" does not follow "12.a.short-name.pdf" or "[Indikator 12a] title.pdf"',
    }]],
    ['spbe number of another indicator', s('12', '13.a.Perwal.pdf'), [{
      pointer: '/indicators/12/evidence/0/file', message: 'Indicator 12: file "13.a.Perwal.pdf" is numbered for indicator 13',
    }]],
    ['spbe bracket with another number', s('42', '[Indikator 43b] Video.mp4'), [{
      pointer: '/indicators/42/evidence/0/file', message: 'Indicator 42: file "[Indikator 43b] Video.mp4" is numbered for indicator 43',
    }]],
    ['unknown extension (and the pattern still checked)', s('12', '12.a.Perwal.rar'), [{
      pointer: '/indicators/12/evidence/0/file', message: `Indicator 12: extension ".rar" of "12.a.Perwal.rar" is unusual; use ${ALLOWED}`,
    }]],
    ['unknown extension and another indicator: both, in that order', s('12', '13.a.Perwal.rar'), [
      { pointer: '/indicators/12/evidence/0/file', message: `Indicator 12: extension ".rar" of "13.a.Perwal.rar" is unusual; use ${ALLOWED}` },
      { pointer: '/indicators/12/evidence/0/file', message: 'Indicator 12: file "13.a.Perwal.rar" is numbered for indicator 13' },
    ]],
    ['no extension', s('12', '12.a.Perwal'), [{
      pointer: '/indicators/12/evidence/0/file', message: 'Indicator 12: file "12.a.Perwal" has no extension (e.g. .pdf)',
    }]],
    ['pemdi free-form name', pemdi({ '1': { evidence: [item('I1-L2-01', { file: 'Renstra 2025.pdf' })] } }), [{
      pointer: '/indicators/1/evidence/0/file', message: 'Indicator 1: file name "Renstra 2025.pdf" does not follow the item-code pattern "I1-L2-01.pdf"',
    }]],
    ['pemdi file named for another item', pemdi({ '1': { evidence: [item('I1-L2-01', { file: 'I1-L2-02.pdf' })] } }), [{
      pointer: '/indicators/1/evidence/0/file', message: 'Indicator 1: file "I1-L2-02.pdf" answers item I1-L2-01 but is named I1-L2-02',
    }]],
    ['pemdi file for another indicator', pemdi({ '13': { evidence: [{ file: 'I14-L1-01.pdf' }] } }), [{
      pointer: '/indicators/13/evidence/0/file', message: 'Indicator 13: file "I14-L1-01.pdf" is numbered for indicator 14',
    }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(summary(lintWith(rule, a))).toEqual(expected));

  it('warns on the file line', () => {
    const a = s('12', '12.a.ok.pdf', 'scan001.pdf');
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('warning');
    expect(d?.range.start.line).toBe(lineOf(a, '"file": "scan001.pdf"'));
    expect(d?.message.id).toBe('Indikator 12: nama berkas "scan001.pdf" tidak mengikuti pola "12.a.nama-singkat.pdf" atau "[Indikator 12a] judul.pdf"');
  });
});

// The rule as it was, with regexes and copies: the reference the hand scan must agree with.
const OLD_ALLOWED = ['pdf', 'jpg', 'jpeg', 'png', 'xlsx', 'xls', 'docx', 'doc', 'mp4', 'flv', 'pptx', 'zip'];
const SPBE_DOTTED = /^(\d{1,2})\.(?:[a-z]\.)?\s*\S/i;
const SPBE_BRACKET = /^\[Indikator\s*(\d{1,2})[a-z]?\]\s*\S/i;
const PEMDI = /^I(\d{1,2})-L[1-5]-\d{2}(?=$|[\s_.-])/i;
function oldExtensionOf(fileName: string): string {
  const name = fileName.trim();
  const dot = name.lastIndexOf('.');
  const length = name.length - dot - 1;
  if (dot < 0 || length < 1 || length > 5) return '';
  for (let i = dot + 1; i < name.length; i++) if (!/[a-z0-9]/i.test(name[i]!)) return '';
  return name.slice(dot + 1).toLowerCase();
}
function oldPatternFinding(base: string, ext: string, ev: Evidence, indicator: number, pemdi: boolean): Finding | null {
  if (pemdi) {
    const m = PEMDI.exec(base);
    if (!m) return ['pemdiPattern', { expected: ev.item ?? `I${indicator}-L1-01`, ext }];
    if (ev.item && m[0] !== ev.item && m[0].toUpperCase() !== ev.item.toUpperCase()) return ['wrongItem', { item: ev.item, named: m[0] }];
    return Number(m[1]) !== indicator ? ['wrongIndicator', { named: Number(m[1]) }] : null;
  }
  const m = SPBE_DOTTED.exec(base) ?? SPBE_BRACKET.exec(base);
  if (!m) return ['spbePattern', { ext }];
  return Number(m[1]) !== indicator ? ['wrongIndicator', { named: Number(m[1]) }] : null;
}
function oldFileNameFindings(file: string, ev: Evidence, indicator: number, pemdi: boolean): readonly Finding[] {
  const ext = oldExtensionOf(file);
  if (!ext) return [['noExtension', {}]];
  const unusual: Finding | null = OLD_ALLOWED.includes(ext) ? null : ['unknownExtension', { ext, allowed: OLD_ALLOWED.join(', ') }];
  const pattern = oldPatternFinding(file.slice(0, file.length - ext.length - 1), ext, ev, indicator, pemdi);
  return [unusual, pattern].filter((f) => f !== null);
}

describe('evidence-file-name: the hand scan finds what the regexes find', () => {
  // Pieces that hit the edges: digits, the patterns' punctuation, letters the
  // patterns name in both cases, JS whitespace and look-alikes that are not
  // (U+180E, U+200B), non-ASCII letters whose case maps touch ASCII (ı İ K ſ),
  // whole words and codes, near misses, extensions and a long segment.
  const pieces = ['0', '1', '2', '5', '6', '9', '12', '123', '.', '[', ']', '-', '_', 'I', 'i', 'L', 'l', 'k', 'K', 'a', 'z', 'A', 'Z', 'x',
    ' ', '  ', '\u00a0', '\n', '\t', '\u2028', '\u3000', '\ufeff', '\u180e', '\u200b', '\u0131', '\u0130', '\u212a', '\u017f', '\u00e9', '\ud83d\ude00',
    'Indikator', 'INDIKATOR', 'indikator', 'Indi\u212aator', '\u0131ndikator', 'Indikato', 'I1-L2-03', 'i12-l5-99', 'I1-L6-01', 'I123-L1-01',
    'I1-L2-0', '-L3-', 'pdf', 'PDF', 'Pdf', 'jpeg', 'xlsx', 'exe', 'a1', '.pdf', 'Perwal-12-2022 lampiran panjang sekali'];
  const heads = ['', '1', '12', '07', '123', '1.', '12.', '12.a.', '1.B.', '12.a', '99.\u00a0', '[', '[Indikator', '[indikator ', '[INDIKATOR\t12',
    '[Indikator 4', '[Indikator42a]', '[Indikator 12]', '[indikator\u00a03b]', '[INDIKATOR\u3000 7]', 'I', 'i', 'I7-L1-02', 'i7-L5-10 ', '\u0130', '\u0131', 'I1-L2-03', 'i1-l2-03', 'I12-L5-99', 'I1-L2-01', 'I1', 'I12-',
    '[Indikator 123] x', 'I123-L1-01', '[Indi\u212aator 4] x', '[\u0131ndikator 4] x', '\u01301-L2-03', '\u01311-L2-03', '1.\u017f'];
  const name = fc.tuple(fc.constantFrom(...heads), fc.array(fc.constantFrom(...pieces), { maxLength: 6 })).map(([h, t]) => h + t.join(''));
  // What follows the base name in the file string; the matchers must not read into it.
  const after = fc.constantFrom('', '.pdf', '.PDF', '.x', '. y', ' z', '_z', '-', ']', 'a] b');
  const runs = { numRuns: 5000 };

  it('isJsWhitespace is /\\s/ (also under /i) on every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isJsWhitespace(c) !== /\s/.test(ch) || isJsWhitespace(c) !== /\s/i.test(ch)) expect.fail(`U+${c.toString(16)}`);
    }
  });

  it('every code unit in every place of a matching name changes the answer as it changes the regex\'s', () => {
    const cases: [string, (s: string) => number, RegExp][] = [
      ['12.a. x', (s) => spbeDottedIndicator(s, s.length), SPBE_DOTTED],
      ['[Indikator 12a] x', (s) => spbeBracketIndicator(s, s.length), SPBE_BRACKET],
      ['I12-L3-04_x', (s) => pemdiCodeEnd(s, s.length), PEMDI],
    ];
    for (const [template, scan, pattern] of cases) {
      for (let at = 0; at < template.length; at++) {
        for (let c = 0; c <= 0xffff; c++) {
          const s = template.slice(0, at) + String.fromCharCode(c) + template.slice(at + 1);
          const m = pattern.exec(s);
          const expected = !m ? -1 : pattern === PEMDI ? m[0].length : Number(m[1]);
          if (scan(s) !== expected) expect.fail(`${JSON.stringify(s)}: ${scan(s)}, the regex ${expected}`);
        }
      }
    }
  });

  it('spbeDottedIndicator is /^(\\d{1,2})\\.(?:[a-z]\\.)?\\s*\\S/i', () => {
    fc.assert(fc.property(name, after, (base, rest) => {
      const m = SPBE_DOTTED.exec(base);
      expect(spbeDottedIndicator(base + rest, base.length)).toBe(m ? Number(m[1]) : -1);
    }), runs);
  });

  it('spbeBracketIndicator is /^\\[Indikator\\s*(\\d{1,2})[a-z]?\\]\\s*\\S/i', () => {
    fc.assert(fc.property(name, after, (base, rest) => {
      const m = SPBE_BRACKET.exec(base);
      expect(spbeBracketIndicator(base + rest, base.length)).toBe(m ? Number(m[1]) : -1);
    }), runs);
  });

  it('pemdiCodeEnd is /^I(\\d{1,2})-L[1-5]-\\d{2}(?=$|[\\s_.-])/i, its digits the capture', () => {
    fc.assert(fc.property(name, after, (base, rest) => {
      const m = PEMDI.exec(base);
      const end = pemdiCodeEnd(base + rest, base.length);
      expect(end).toBe(m ? m[0].length : -1);
      if (m) expect(base.slice(1, end - 6)).toBe(m[1]);
    }), runs);
  });

  it('fileNameFindings reports what the rule with regexes reported, on every name, item and indicator', () => {
    const extension = fc.constantFrom('', '.', '.pdf', '.PDF', '.Pdf', '.jpeg', '.JPEG', '.xlsx', '.mp4', '.Mp4', '.exe', '.a1', '.abcde', '.abcdef', '.toolong', '.p-f', '.p\u00e9');
    // Half the names open with an item code, so the item comparisons and the no-finding path are well fed.
    const coded = fc.tuple(fc.constantFrom('I1-L2-03', 'i1-l2-03', 'I12-L5-99', 'I7-L1-02', 'i7-l1-02 '), fc.array(fc.constantFrom(...pieces), { maxLength: 3 }))
      .map(([code, t]) => code + t.join(''));
    const file = fc.tuple(fc.oneof(name, coded), extension).map(([base, ext]) => (base + ext).trim());
    const items = fc.option(fc.constantFrom('', 'I1-L2-03', 'i1-l2-03', 'I1-l2-03', 'I12-L5-99', 'I7-L1-02', 'I1-L2-01', 'I1-L2-0', 'I1-L2-033',
      '\u01311-L2-03', '\u01301-L2-03', 'I1-L2-03\u0131', 'x'), { nil: undefined });
    const indicator = fc.oneof(fc.constantFrom(1, 7, 12), fc.constantFrom(0, 2, 4, 42, 99, 100, 123));
    fc.assert(fc.property(file, items, indicator, fc.boolean(), (f, itemCode, n, pemdi) => {
      const ev: Evidence = { file: f, ...(itemCode === undefined ? {} : { item: itemCode }) };
      expect(fileNameFindings(f, ev, n, pemdi)).toEqual(oldFileNameFindings(f, ev, n, pemdi));
    }), { numRuns: 20000 });
  });

  it('non-ASCII look-alikes of the patterns\' letters do not match; the case-blind item look is kept', () => {
    const ev = (item?: string): Evidence => (item === undefined ? {} : { item });
    const ids = (f: string, pemdi: boolean, item?: string, n = 1) => fileNameFindings(f, ev(item), n, pemdi).map(([id]) => id);
    expect(ids('[\u0131ndikator 1] x.pdf', false)).toEqual(['spbePattern']);
    expect(ids('[\u0130ndikator 1] x.pdf', false)).toEqual(['spbePattern']);
    expect(ids('[Indi\u212aator 1] x.pdf', false)).toEqual(['spbePattern']);
    expect(ids('[INDIKATOR 1] x.pdf', false)).toEqual([]);
    expect(ids('\u01311-L2-01.pdf', true)).toEqual(['pemdiPattern']);
    expect(ids('\u01301-L2-01.pdf', true)).toEqual(['pemdiPattern']);
    expect(ids('i1-l2-01.pdf', true, 'I1-L2-01')).toEqual([]);
    // 'ı' upper-cases to 'I', so this item is the file's code to the case-blind look, as it always was.
    expect(ids('I1-L2-01.pdf', true, '\u01311-L2-01')).toEqual([]);
    expect(ids('I1-L2-01.pdf', true, '\u01301-L2-01')).toEqual(['wrongItem']);
    expect(ids('1.\u017f.pdf', false)).toEqual([]);
    expect(ids('1.\u2028\u00a0.pdf', false)).toEqual(['spbePattern']);
  });

  it('a name without findings gets the one shared empty answer', () => {
    expect(fileNameFindings('12.a.Perwal.pdf', {}, 12, false)).toBe(fileNameFindings('I1-L2-01_x.PDF', { item: 'I1-L2-01' }, 1, true));
  });
});
