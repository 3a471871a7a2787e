import type { Metadata, Rules, Section } from './plan-document.schema';
import type { MetadataRead } from './extract-metadata';
import type { UnitMention } from './unit-registry';

/** Every place the document names a unit: issuers, recipients, task clauses and the rules. */
export function collectUnitMentions(
  metadata: Metadata,
  lines: MetadataRead['lines'],
  sections: readonly Section[],
  rules: Rules,
): UnitMention[] {
  const mentions: UnitMention[] = [
    ...metadata.issuers.map((name) => ({ name, role: 'issuer' as const, line: lines.signDate ?? lines.title ?? 1 })),
    ...metadata.recipients.map((name) => ({ name, role: 'recipient' as const, line: lines.recipients ?? 1 })),
  ];
  for (const task of sections.flatMap((s) => s.tasks)) {
    const at = { line: task.endLine, task: task.number };
    mentions.push(...task.leadUnits.map((name) => ({ name, role: 'lead' as const, ...at })));
    mentions.push(...task.responsibleUnits.map((name) => ({ name, role: 'responsible' as const, ...at })));
    mentions.push(...task.cooperatingUnits.map((name) => ({ name, role: 'cooperating' as const, ...at })));
  }
  if (rules.office !== null) {
    mentions.push({ name: rules.office.name, role: 'office', line: rules.office.line });
    if (rules.office.hostUnitAsWritten !== null) mentions.push({ name: rules.office.hostUnitAsWritten, role: 'office_host', line: rules.office.line });
  }
  if (rules.supervision !== null) mentions.push({ name: rules.supervision.unit, role: 'supervisor', line: rules.supervision.line });
  return mentions;
}
