// Project conventions as tests: every rule has its file (id = file name), a
// test beside it, a docs page, bilingual messages and a cited source.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rules } from '../core/lint/rules/index.ts';

const dir = 'core/lint/rules';
const ruleFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['index.ts'].includes(f));

describe('rule conventions', () => {
  it('registers every rule file, and only those', () => {
    expect(rules.map((r) => `${r.meta.id}.ts`).sort()).toEqual(ruleFiles.sort());
  });
  it('has the issue\'s rules', () => {
    const ids = rules.map((r) => r.meta.id);
    for (const id of ['level-needs-evidence', 'explanation-required', 'explanation-template', 'review-too-old', 'audit-too-old',
      'followup-too-soon', 'evidence-date-future', 'service-evidence-kinds', 'pemdi-gated-level', 'external-index-evidence',
      'unknown-indicator', 'duplicate-evidence', 'evidence-file-name', 'incomplete-assessment', 'unknown-item', 'external-index-value',
      'evidence-file-pattern', 'evidence-folder-not-found', 'evidence-file-missing', 'evidence-file-empty', 'evidence-file-type',
      'evidence-pdf-unreadable', 'evidence-content-skipped', 'evidence-item-content', 'evidence-agency-mentioned', 'evidence-year-mentioned']) expect(ids).toContain(id);
  });
  it('lists every rule in docs/rules/README.md with its default severity', () => {
    const index = readFileSync('docs/rules/README.md', 'utf8');
    for (const r of rules) expect(index).toMatch(new RegExp(`\\[${r.meta.id}\\]\\(${r.meta.id}\\.md\\) \\| ${r.meta.severity} \\|`));
  });
  it('messages speak to evaluators: no JSON field names in quotes', () => {
    for (const r of rules) {
      for (const m of Object.values(r.meta.messages)) {
        expect(`${r.meta.id}: ${m.id} / ${m.en}`).not.toMatch(/"(explanation|levels|level|kind|date|url|file|item|status|value|evidence|external)"/);
      }
    }
  });
  it.each(rules.map((r) => [r.meta.id, r] as const))('%s has a test, a docs page, messages in both languages and a source', (id, rule) => {
    expect(existsSync(`${dir}/${id}.test.ts`)).toBe(true);
    expect(rule.meta.docs.url).toBe(`docs/rules/${id}.md`);
    const doc = readFileSync(rule.meta.docs.url, 'utf8');
    expect(doc).toContain(id);
    expect(rule.meta.docs.source?.length ?? 0).toBeGreaterThan(10);
    for (const m of [rule.meta.docs.description, ...Object.values(rule.meta.messages)]) {
      expect(m.id.length).toBeGreaterThan(5);
      expect(m.en.length).toBeGreaterThan(5);
    }
  });
});
