/**
 * Every text the server shows besides lint messages, in one place: hover
 * cards, the index lens and per-indicator hints, completion details. Figures
 * come from core's engine and report (cli/lsp/figures.ts) and are rounded
 * here, at the edge, as `spbe score` rounds them (core/format/number.ts).
 * Bahasa Indonesia first, English with the server's locale.
 * @module cli/lsp/present
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { EvidenceItemDef, Framework, IndicatorDef, Locale, PredicateBand } from '../../core/types.ts';
import type { IndicatorValue } from '../../core/engine/indicator-value.ts';
import type { Score } from '../../core/engine/score.ts';
import { formatDecimal, formatIndex } from '../../core/format/number.ts';
import { Rational } from '../../core/rational.ts';
import { rules } from '../../core/lint/rules/index.ts';
import { contributionOf } from '../../core/engine/score.ts';
import { RULE_DOCS_DIR, ruleDocUrl } from './to-lsp.ts';

const T = {
  id: {
    indicator: 'Indikator', aspect: 'Aspek', domain: 'Domain', weight: 'Bobot', level: 'Tingkat', value: 'Nilai',
    contribution: 'Kontribusi ke indeks akhir', notFilled: 'belum diisi', estimate: 'estimasi',
    basis: {
      value: 'nilai diisi', level: 'tingkat dipilih', estimate: 'estimasi dari butir data dukung',
      'external-conversion': 'estimasi dari skor indeks nasional', 'external-floor': 'indeks nasional tanpa nilai: nilai lantai',
    },
    item: 'Butir data dukung', of: 'dari', filled: (f: number, t: number) => `${f} dari ${t} indikator terisi`,
    index: 'Indeks', indexOfFilled: 'indeks indikator terisi', final: 'indeks akhir bila sisanya 1', noIndex: 'belum ada indikator terisi',
    rule: 'Aturan', source: 'Sumber', docs: 'Dokumentasi', criterion: 'Kriteria',
  },
  en: {
    indicator: 'Indicator', aspect: 'Aspect', domain: 'Domain', weight: 'Weight', level: 'Level', value: 'Value',
    contribution: 'Contribution to the final index', notFilled: 'not filled', estimate: 'estimate',
    basis: {
      value: 'value entered', level: 'level chosen', estimate: 'estimate from evidence items',
      'external-conversion': "estimate from the national index's score", 'external-floor': 'national index without a value: the floor',
    },
    item: 'Evidence item', of: 'of', filled: (f: number, t: number) => `${f} of ${t} indicators filled`,
    index: 'Index', indexOfFilled: 'index of the filled indicators', final: 'final index if the rest stay at 1', noIndex: 'no indicator filled yet',
    rule: 'Rule', source: 'Source', docs: 'Documentation', criterion: 'Criterion',
  },
};

const dec = (x: Rational | number, locale: Locale, digits = 2) => formatDecimal(x, locale, digits);

/** An index with its predicate, printed so the figure never reads as another band (core/format formatIndex). */
export function indexWithPredicate(fw: Framework, index: Rational, band: PredicateBand | null, locale: Locale): string {
  return `${formatIndex(index, fw, locale)} ${band ? (locale === 'id' ? band.name : band.nameEn) : '-'}`;
}

const levelName = (fw: Framework, ind: IndicatorDef, level: number, locale: Locale): string => {
  const l = fw.scales[ind.scale]?.levels[String(level)];
  return l ? (locale === 'en' && l.nameEn ? l.nameEn : l.name) : '';
};

function groupLine(fw: Framework, ind: IndicatorDef, locale: Locale): string {
  const t = T[locale];
  const aspect = fw.aspects.find((a) => a.number === ind.aspect);
  const aspectName = aspect ? (locale === 'en' && aspect.nameEn ? aspect.nameEn : aspect.name) : '';
  const domain = aspect?.domain !== undefined ? fw.domains?.find((d) => d.number === aspect.domain) : undefined;
  return [domain ? `${t.domain} ${domain.number} ${domain.name}` : null, `${t.aspect} ${ind.aspect} ${aspectName}`].filter(Boolean).join(' · ');
}

/** The value of a filled indicator, saying what it rests on. */
export function valueText(fw: Framework, ind: IndicatorDef, v: IndicatorValue, locale: Locale): string {
  const t = T[locale];
  const level = v.basis === 'level' ? ` (${levelName(fw, ind, v.value.toNumber(), locale)})` : '';
  return `${dec(v.value, locale)}${level}, ${t.basis[v.basis]}`;
}

/** Hover on an indicator key: what it is, what the file gives it, what it adds to the index. */
export function indicatorCard(fw: Framework, ind: IndicatorDef, v: IndicatorValue | undefined, locale: Locale): string {
  const t = T[locale];
  const lines = [
    `**${t.indicator} ${ind.number}: ${ind.name}**`,
    '',
    `${groupLine(fw, ind, locale)} · ${t.weight} ${dec(ind.weight, locale, ind.weight % 1 ? 2 : 0)}%`,
    '',
    v ? `${t.value}: ${valueText(fw, ind, v, locale)}` : `${t.value}: ${t.notFilled}`,
  ];
  if (v) lines.push('', `${t.contribution}: ${dec(contributionOf(ind, v.value), locale, 3)}${v.estimate ? ` (${t.estimate})` : ''}`);
  if (ind.question) lines.push('', `_${ind.question}_`);
  lines.push('', `<sub>${ind.source}</sub>`);
  return lines.join('\n');
}

/** Hover on a level (or a level completion): the level's name and its criterion from the regulation. */
export function levelCard(fw: Framework, ind: IndicatorDef, level: number, locale: Locale): string {
  const t = T[locale];
  const criteria = ind.levels[String(level)]?.criteria;
  return [`**${t.indicator} ${ind.number}, ${t.level.toLowerCase()} ${level}: ${levelName(fw, ind, level, locale)}**`, '', criteria ? `${t.criterion}: ${criteria}` : '', '', `<sub>${fw.regulationShort}</sub>`].join('\n');
}

/** Hover on an item code: the module item it names, by both its codes. */
export function itemCard(fw: Framework, ind: IndicatorDef, level: number, item: EvidenceItemDef, portalCode: string | null, locale: Locale): string {
  const t = T[locale];
  return [`**${t.item} ${item.code}**${portalCode ? ` · ${portalCode}` : ''} (${item.moduleId})`, '', item.title, '', `${t.indicator} ${ind.number} ${ind.shortName ?? ind.name}, ${t.level.toLowerCase()} ${level}: ${levelName(fw, ind, level, locale)}`].join('\n');
}

/** The section of a rule's page in the locale's language (docs/rules/<id>.md has "## Bahasa Indonesia" and "## English"). */
function ruleDocSection(ruleId: string, locale: Locale): string {
  let page: string;
  try {
    page = readFileSync(join(RULE_DOCS_DIR, `${ruleId}.md`), 'utf8');
  } catch {
    return '';
  }
  const heading = locale === 'id' ? '## Bahasa Indonesia' : '## English';
  const at = page.indexOf(heading);
  if (at < 0) return '';
  const rest = page.slice(at + heading.length);
  const next = rest.indexOf('\n## ');
  return (next < 0 ? rest : rest.slice(0, next)).trim();
}

/** Hover on a finding: why, from the rule's own page. */
export function ruleCard(ruleId: string, locale: Locale): string | null {
  const rule = rules.find((r) => r.meta.id === ruleId);
  if (!rule) return null;
  const t = T[locale];
  const url = ruleDocUrl(ruleId);
  return [
    `**${t.rule} \`${ruleId}\`**: ${rule.meta.docs.description[locale]}`,
    '',
    ruleDocSection(ruleId, locale),
    '',
    `${rule.meta.docs.source ? `${t.source}: ${rule.meta.docs.source} · ` : ''}${url ? `[${t.docs}](${url})` : ''}`,
  ].join('\n');
}

/** The lens at the top: the index of what is filled, its predicate, and the final index's range. */
export function indexLens(score: Score, locale: Locale): string {
  const t = T[locale];
  const fw = score.framework;
  if (!score.index) return `${fw.name}: ${t.noIndex}`;
  const est = score.estimated ? ` (${t.estimate})` : '';
  const head = `${fw.name}: ${indexWithPredicate(fw, score.index, score.predicate, locale)}${est}`;
  if (score.complete) return `${head} · ${t.filled(score.filled, score.total)}`;
  return `${head} · ${t.indexOfFilled}, ${t.filled(score.filled, score.total)} · ${t.final}: ${indexWithPredicate(fw, score.final, score.finalPredicate, locale)}${est}`;
}

/** The hint after an indicator's key: its value and what it adds to the final index. */
export function indicatorHint(ind: IndicatorDef, v: IndicatorValue, locale: Locale): string {
  const est = v.estimate ? '*' : '';
  return ` ${dec(v.value, locale)}${est} · +${dec(contributionOf(ind, v.value), locale, 3)}`;
}

/** Completion detail of an indicator number. */
export function indicatorDetail(fw: Framework, ind: IndicatorDef, locale: Locale): string {
  return `${ind.shortName ?? ind.name} · ${T[locale].weight} ${dec(ind.weight, locale, ind.weight % 1 ? 2 : 0)}%`;
}

export const levelLabel = (fw: Framework, ind: IndicatorDef, level: number, locale: Locale) => `${T[locale].level} ${level}: ${levelName(fw, ind, level, locale)}`;

/** The one problem that stops `spbe lint` for this file (a broken config or baseline), at the document's start. */
export function problemDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    severity: DiagnosticSeverity.Error,
    code: 'config',
    source: 'spbe',
    message,
  };
}
