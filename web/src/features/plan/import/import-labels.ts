import type { MessageKey, Translate } from '../../../shared/i18n/translate';
import type { DocumentSection, DocumentTask, GoalEntryChanges, ItemChanges, UnitResolution } from './import-types';

/** Words for the fields a revision can change (src/domain/plans/plan-changes.ts). */
const FIELD_LABELS: Readonly<Record<string, MessageKey>> = {
  title: 'planImport.field.title',
  text: 'planImport.field.text',
  section: 'planImport.field.section',
  leadUnits: 'planImport.field.leadUnits',
  responsibleUnits: 'planImport.field.responsibleUnits',
  cooperatingUnits: 'planImport.field.cooperatingUnits',
  name: 'planImport.field.name',
  unit: 'planImport.field.unit',
  attribute: 'planImport.field.attribute',
  direction: 'planImport.field.direction',
  targets: 'planImport.field.targets',
  theme: 'planImport.field.theme',
};

/** The message key for a changed field; undefined for a field this client does not know (shown as is). */
export function changedFieldKey(field: string): MessageKey | undefined {
  return Object.hasOwn(FIELD_LABELS, field) ? FIELD_LABELS[field] : undefined;
}

/** True when a revision changes nothing at all. */
export function isUnchanged(changes: ItemChanges): boolean {
  return changes.added.length === 0 && changes.removed.length === 0 && changes.changed.length === 0;
}

/** True when an import leaves the overall goals' entries exactly as they are. */
export function isGoalsUnchanged(goals: GoalEntryChanges): boolean {
  return [goals.added, goals.changed, goals.revived, goals.retired, goals.renumbered].every((list) => list.length === 0);
}

/** The counts of what happens to the goal entries, in reading order, the empty ones left out. */
export function goalChangeParts(goals: GoalEntryChanges): Array<{ key: MessageKey & `planImport.goals.${string}Count`; count: number }> {
  const parts = [
    { key: 'planImport.goals.addedCount', count: goals.added.length },
    { key: 'planImport.goals.changedCount', count: goals.changed.length },
    { key: 'planImport.goals.retiredCount', count: goals.retired.length },
    { key: 'planImport.goals.revivedCount', count: goals.revived.length },
    { key: 'planImport.goals.renumberedCount', count: goals.renumbered.length },
    { key: 'planImport.goals.unchangedCount', count: goals.unchanged },
  ] as const;
  return parts.filter((part) => part.count > 0);
}

/**
 * One line saying what happens to the goal entries.
 *
 * @example goalChangeSummary(goals, t) // '总体目标指标：新增 1 项，停用 2 项，未变化 15 项'
 */
export function goalChangeSummary(goals: GoalEntryChanges, t: Translate): string {
  const parts = goalChangeParts(goals);
  if (parts.length === 0) return t('planImport.goals.nothing');
  return t('planImport.goals.summary', { parts: parts.map((part) => t(part.key, { count: part.count })).join(t('planImport.goals.partSeparator')) });
}

/** Every task of the document, in order, with its section. */
export function tasksOf(sections: readonly DocumentSection[]): (DocumentTask & { section: string | null })[] {
  return sections.flatMap((section) => section.tasks.map((task) => ({ ...task, section: section.number })));
}

/** New units first (they need the office's attention), then matched ones, each in document order. */
export function unitsNeedingAttentionFirst(units: readonly UnitResolution[]): UnitResolution[] {
  return [...units.filter((unit) => unit.status === 'new'), ...units.filter((unit) => unit.status === 'matched')];
}

/**
 * The overrides after the office picks (or clears) the registry unit a plan name means.
 *
 * @example withOverride({ 审批服务局: 'u1' }, '县数据局', 'u2') // { 审批服务局: 'u1', 县数据局: 'u2' }
 */
export function withOverride(overrides: Readonly<Record<string, string>>, name: string, unitId: string | undefined): Record<string, string> {
  const next = { ...overrides };
  if (unitId === undefined) delete next[name];
  else next[name] = unitId;
  return next;
}
