import { describe, expect, it } from 'vitest';
import { hasTerm, quoteTerms, searchable } from './text.ts';

describe('searching extracted text', () => {
  const text = searchable('KEPUTUSAN WALI KOTA CONTOH\nTENTANG TIM AUDITOR INTER-\nNAL Pemerintah Digital\nK E P U T U S A N  Tim Asesorial');
  it('whole words, case and line breaks ignored', () => {
    expect(hasTerm(text, 'wali kota contoh', 'word')).toBe(true);
    expect(hasTerm(text, 'Tim Auditor', 'word')).toBe(true);
    expect(hasTerm(text, 'auditor internal', 'word')).toBe(true); // hyphenated at the line end
    expect(hasTerm(text, 'tim asesor', 'word')).toBe(false); // "asesorial" is another word
  });
  it('loose: spaced letters and split words, for terms of 8 letters or more only', () => {
    expect(hasTerm(text, 'keputusan', 'word')).toBe(true);
    expect(hasTerm(searchable('K E P U T U S A N'), 'keputusan', 'loose')).toBe(true);
    expect(hasTerm(searchable('K E P U T U S A N'), 'keputusan', 'word')).toBe(false);
    expect(hasTerm(searchable('r apat'), 'rapat', 'loose')).toBe(false);
  });
  it('accents and punctuation do not matter; letters are counted', () => {
    expect(hasTerm(searchable('Peraturan Menteri PAN-RB'), 'pan rb', 'word')).toBe(true);
    expect(hasTerm(searchable('Café'), 'cafe', 'word')).toBe(true);
    expect(searchable('ab 12 c').letters).toBe(3);
  });
  it('terms are quoted as messages list them', () => expect(quoteTerms(['auditor', 'tim audit'])).toBe('"auditor", "tim audit"'));
});
