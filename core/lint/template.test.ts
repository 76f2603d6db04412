import { describe, expect, it } from 'vitest';
import { fillTemplate } from './template.ts';

describe('fillTemplate', () => {
  it('fills every placeholder, spaces inside the braces allowed', () => {
    expect(fillTemplate('Indikator {{indicator}}: tingkat {{ level }} dari {{indicator}}', { indicator: 12, level: 3 })).toBe('Indikator 12: tingkat 3 dari 12');
  });
  it('writes a decimal the way the locale does, integers as they are', () => {
    expect(fillTemplate('SDI {{v}}, {{n}}', { v: 68.75, n: 4 }, 'id')).toBe('SDI 68,75, 4');
    expect(fillTemplate('SDI {{v}}, {{n}}', { v: 68.75, n: 4 }, 'en')).toBe('SDI 68.75, 4');
  });
  it('leaves an unknown placeholder visible as written', () => {
    expect(fillTemplate('a {{ missing }} b {{x}}', { x: 'y' })).toBe('a {{ missing }} b y');
  });
  it('takes values literally: no placeholder or replacement pattern inside a value is expanded', () => {
    expect(fillTemplate('"{{file}}" {{n}}', { file: '{{n}} $& $1', n: 2 })).toBe('"{{n}} $& $1" 2');
  });
  it('gives the same text on every call (the split template is reused)', () => {
    const t = '{{a}}{{b}}-{{a}}';
    expect(fillTemplate(t, { a: 1, b: 'x' })).toBe('1x-1');
    expect(fillTemplate(t, { a: 'p', b: 'q' })).toBe('pq-p');
    expect(fillTemplate('no placeholders')).toBe('no placeholders');
  });
});
