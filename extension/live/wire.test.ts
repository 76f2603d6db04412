// The view crosses the port as JSON text: exact numbers, Maps and framework
// references must arrive as they left, and a framework is sent once per port.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Rational } from '../../core/rational.ts';
import type { Assessment } from '../../core/types.ts';
import { frameworks } from '../../core/frameworks/index.ts';
import { formatDecimal } from '../../core/format/number.ts';
import { decodeWire, encodeWire } from './wire.ts';
import { LiveSession, viewOf } from './session.ts';
import { viewDecoder } from './link.ts';
import type { ToContent } from './protocol.ts';

const example = JSON.parse(readFileSync('examples/kota-contoh-spbe-2025.json', 'utf8')) as Assessment;
const fwMap = (...ids: (keyof typeof frameworks)[]) => new Map(ids.map((id) => [id, frameworks[id]]));

describe('wire encoding', () => {
  it('keeps a Rational exact: 2,605 still rounds half-up to 2,61 (a double would give 2,60)', () => {
    const q = Rational.of(521n, 200n);
    const { text } = encodeWire({ q });
    expect(text).not.toContain('2.605');
    const back = decodeWire<{ q: Rational }>(text, new Map());
    expect(back.q).toBeInstanceOf(Rational);
    expect(back.q.eq(q)).toBe(true);
    expect(formatDecimal(back.q, 'id')).toBe('2,61');
  });

  it('keeps Maps with their number keys, and refers to a framework by id', () => {
    const { text, frameworks: sent } = encodeWire({ m: new Map([[12, Rational.int(3)]]), fw: frameworks['spbe-2020'] });
    expect(sent.map((f) => f.id)).toEqual(['spbe-2020']);
    expect(text.length).toBeLessThan(200);
    const back = decodeWire<{ m: Map<number, Rational>; fw: unknown }>(text, fwMap('spbe-2020'));
    expect(back.m.get(12)!.eq(Rational.int(3))).toBe(true);
    expect(back.fw).toBe(frameworks['spbe-2020']);
  });

  it('refuses a framework reference it was never sent', () => {
    const { text } = encodeWire({ fw: frameworks['pemdi-2026'] });
    expect(() => decodeWire(text, new Map())).toThrow(/pemdi-2026 was never sent/);
  });

  it('a whole view of the example assessment arrives equal to the one computed', () => {
    const stored = { scope: { framework: 'spbe-2020' as const, year: 2025, agency: { name: 'Kota Contoh' } }, entries: example.indicators, updatedAt: {}, corrupt: [] };
    const view = viewOf(stored, { indicator: 12, entry: { level: 2 } }, null);
    const { assessment, ...report } = view.report;
    const { text, frameworks: sent } = encodeWire({ ...view, report });
    expect(sent.map((f) => f.id)).toEqual(['spbe-2020']); // by reference inside the text, sent once beside it
    const message: ToContent = JSON.parse(JSON.stringify({ t: 'view', text, assessment, frameworks: sent }));
    const back = viewDecoder()(message);
    expect(back.report.score.index!.eq(view.report.score.index!)).toBe(true);
    expect(back.report.score.predicate).toEqual(view.report.score.predicate);
    expect([...back.report.chains.keys()]).toEqual([...view.report.chains.keys()]);
    expect(back.report.chains.get(12)![0]!.gain.eq(view.report.chains.get(12)![0]!.gain)).toBe(true);
    expect(back.report.assessment).toEqual(view.report.assessment);
    expect(back.checks).toEqual(view.checks);
  });
});

describe('live session', () => {
  it('sends each framework once per port, and a view for every reading', async () => {
    const posted: ToContent[] = [];
    const session = new LiveSession((m) => posted.push(m));
    session.handle({ t: 'open', scope: { framework: 'spbe-2020', year: 2025, agency: { name: 'Kota Contoh' } }, current: { indicator: 12, entry: { level: 3 } } });
    for (let i = 0; i < 20 && posted.length === 0; i++) await new Promise((r) => setTimeout(r, 0));
    session.handle({ t: 'page', current: { indicator: 12, entry: { level: 4 } } });
    session.close();
    expect(posted).toHaveLength(2);
    expect(posted.map((m) => m.frameworks.length)).toEqual([1, 0]);
    const decode = viewDecoder();
    expect(posted.map((m) => decode(m).report.score.index!.toNumber())).toEqual([3, 4]);
  });
});
