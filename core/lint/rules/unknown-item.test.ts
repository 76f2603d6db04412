import { describe, expect, it } from 'vitest';
import rule from './unknown-item.ts';
import { found, item, lineOf, lintWith, pemdi } from '../../../test/helpers/rules.ts';
import type { Assessment } from '../../types.ts';

describe('unknown-item', () => {
  const valid: [string, Assessment][] = [
    ['local codes of the module', pemdi({ '4': { evidence: [item('I4-L1-01'), item('I4-L2-02')] } })],
    ['the portal\'s codes, numbered across levels (PG_04_04 = level 2 item 1; TD_13_05 = level 2 item 2)', pemdi({
      '4': { evidence: [{ item: 'PG_04_04', file: 'Renstra-2025-2029.pdf' }] },
      '13': { evidence: [{ item: 'TD_13_05', file: 'Notulen-Reviu-UPLD.pdf' }] },
    })],
    ['a prefix no source has seen is accepted', pemdi({ '8': { evidence: [{ item: 'DT_08_01', file: 'Kondisi-Tata-Kelola-PDP.pdf' }] } })],
    ['a final record is judged too (and this one is fine)', pemdi({ '1': { value: 2.4, evidence: [item('I1-L1-01', { status: 'diterima' })] } }, { stage: 'akhir' })],
  ];
  it.each(valid)('valid: %s', (_, a) => expect(lintWith(rule, a)).toEqual([]));

  const invalid: [string, Assessment, { pointer: string; messageId: string }[]][] = [
    ['a position past the level\'s items (I1 level 1 has one)', pemdi({ '1': { evidence: [item('I1-L1-05')] } }), [{ pointer: '/indicators/1/evidence/0/item', messageId: 'noSuchItem' }]],
    ['I9 level 3: the module lists no items and states no count', pemdi({ '9': { evidence: [item('I9-L3-01')] } }), [{ pointer: '/indicators/9/evidence/0/item', messageId: 'noSuchItemUnstated' }]],
    ['another indicator\'s code', pemdi({ '1': { evidence: [item('I2-L1-01')] } }), [{ pointer: '/indicators/1/evidence/0/item', messageId: 'otherIndicator' }]],
    ['another indicator\'s portal code', pemdi({ '4': { evidence: [{ item: 'PG_03_01', file: 'Peta-Kompetensi.pdf' }] } }), [{ pointer: '/indicators/4/evidence/0/item', messageId: 'otherIndicator' }]],
    ['a portal number past the indicator\'s items (I4 has 11)', pemdi({ '4': { evidence: [{ item: 'PG_04_12', file: 'x.pdf' }] } }), [{ pointer: '/indicators/4/evidence/0/item', messageId: 'noSuchPortalItem' }]],
    ['a known prefix of another aspect (PG on I13)', pemdi({ '13': { evidence: [{ item: 'PG_13_01', file: 'x.pdf' }] } }), [{ pointer: '/indicators/13/evidence/0/item', messageId: 'prefixOfOtherAspect' }]],
    ['a level whose count the module does not state (I10)', pemdi({ '10': { evidence: [item('I10-L2-03')] } }), [{ pointer: '/indicators/10/evidence/0/item', messageId: 'noSuchItemUnstated' }]],
    ['judged in a final record (an impossible code)', pemdi({ '1': { value: 2, evidence: [item('I1-L1-05')] } }, { stage: 'akhir' }), [{ pointer: '/indicators/1/evidence/0/item', messageId: 'noSuchItem' }]],
  ];
  it.each(invalid)('invalid: %s', (_, a, expected) => expect(found(lintWith(rule, a))).toEqual(expected));

  it('is a warning, not an error, where the module does not state the level\'s count (the list may be incomplete)', () => {
    const [d] = lintWith(rule, pemdi({ '10': { evidence: [item('I10-L2-03')] } }));
    expect(d?.severity).toBe('warning');
    expect(lintWith(rule, pemdi({ '10': { evidence: [item('I10-L2-03')] } }), 'info')[0]?.severity).toBe('info'); // a ceiling, never a raise
    const [portal] = lintWith(rule, pemdi({ '10': { evidence: [{ item: 'KS_10_07', file: 'x.pdf' }] } }));
    expect([portal?.messageId, portal?.severity]).toEqual(['noSuchPortalItemUnstated', 'warning']);
    // Item 00 exists in no list: an error all the same.
    expect(lintWith(rule, pemdi({ '10': { evidence: [item('I10-L1-00')] } })).map((d) => [d.messageId, d.severity])).toEqual([['noSuchItem', 'error']]);
  });
  it('is an error on the code\'s line, saying what the module has', () => {
    const a = pemdi({ '1': { evidence: [item('I1-L1-01'), item('I1-L1-05')] } });
    const [d] = lintWith(rule, a);
    expect(d?.severity).toBe('error');
    expect(d?.range.start.line).toBe(lineOf(a, '"item": "I1-L1-05"'));
    expect(d?.message.id).toBe('Indikator 1: tidak ada butir I1-L1-05 di modul (tingkat 1 punya 1 butir); unggahan ini tidak dihitung');
    expect(lintWith(rule, pemdi({ '13': { evidence: [{ item: 'PG_13_01', file: 'x.pdf' }] } }))[0]?.message.en)
      .toBe('Indicator 13: code PG_13_01 has the prefix PG of aspect 2; indicator 13 is in aspect 5 (TD)');
  });
});
