/**
 * The evidence-* rules that judge one cited file at a time: each gives a
 * `judge` over what opening the file found (an Inspection) and what the file
 * is for (an EvidenceSubject). The same judge runs for every file an
 * assessment cites (`spbe lint`, through RuleContext.evidence) and for a file
 * picked in a portal's upload input (the extension, core/evidence/judge.ts),
 * so both say the same of the same file.
 * @module core/lint/rules/internal/evidence-files
 */
import { defineRule, type Rule, type RuleMeta } from '../../rule.ts';
import type { Inspection } from '../../../evidence/inspection.ts';
import { subjectOf, type EvidenceSubject } from '../../../evidence/subject.ts';
import { evidencePointer } from './evidence.ts';

export type FileReport = (messageId: string, data?: Record<string, string | number>) => void;
export type Judge = (inspection: Inspection, subject: EvidenceSubject, report: FileReport) => void;

export interface FileRule extends Rule {
  judge: Judge;
}

/** A rule over each cited file that was opened; its findings sit on the entry's file name. */
export function defineFileRule(def: { meta: RuleMeta; judge: Judge }): FileRule {
  const rule = defineRule({
    meta: def.meta,
    check(ctx) {
      const facts = ctx.evidence;
      // Nothing was opened when the folder holds none of the cited files: no file to judge.
      if (!facts || facts.folderNotFound) return;
      for (const { ind, e, ptr } of ctx.entries) {
        const evidence = e.evidence ?? [];
        for (let i = 0; i < evidence.length; i++) {
          const ev = evidence[i]!;
          if (!ev.file) continue;
          const at = evidencePointer(ptr, i);
          const inspection = facts.at(at);
          if (!inspection) continue;
          const subject = subjectOf(ctx.assessment, ctx.framework, ind, ev);
          def.judge(inspection, subject, (messageId, data) => ctx.report({
            pointer: `${at}/file`, messageId, data: { indicator: ind.number, file: subject.file, folder: facts.folder, ...data },
          }));
        }
      }
    },
  });
  return { ...rule, judge: def.judge };
}
