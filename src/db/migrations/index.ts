import type { Migration } from 'kysely';
import * as foundation from './20261126T0700-foundation';
import * as accounts from './20261126T0800-accounts';
import * as planContent from './20261126T0900-plan-content';
import * as reporting from './20261126T1000-reporting';
import * as indicatorValues from './20261126T1100-indicator-values';
import * as planIndexes from './20261126T1150-plan-indexes';
// Indicators (issue 6), second part.
import * as indicatorEvidenceAndTargets from './20261126T1300-indicator-evidence-and-targets';
// Official documents (issue 8).
import * as documents from './20261126T1400-documents';
// supervision, meetings and assessment (issue 9)
import * as supervision from './20261126T1500-supervision';
// Data versions: the cockpit's cache key (issue 7).
import * as dataVersions from './20261126T1600-data-versions';
// Indicators (issue 6): overall goals in the registry.
import * as goalIndicators from './20261126T1700-goal-indicators';

/**
 * Every migration, in order. Listed explicitly rather than read from the folder, because
 * Kysely's FileMigrationProvider cannot load .ts files under Vitest (STACK.md pitfall 3).
 */
export const migrations: Record<string, Migration> = {
  '20261126T0700-foundation': foundation,
  '20261126T0800-accounts': accounts,
  '20261126T0900-plan-content': planContent,
  '20261126T1000-reporting': reporting,
  '20261126T1100-indicator-values': indicatorValues,
  '20261126T1150-plan-indexes': planIndexes,
  // Indicators (issue 6), second part.
  '20261126T1300-indicator-evidence-and-targets': indicatorEvidenceAndTargets,
  // Official documents (issue 8).
  '20261126T1400-documents': documents,
  // supervision, meetings and assessment (issue 9)
  '20261126T1500-supervision': supervision,
  // Data versions: the cockpit's cache key (issue 7).
  '20261126T1600-data-versions': dataVersions,
  // Indicators (issue 6): overall goals in the registry.
  '20261126T1700-goal-indicators': goalIndicators,
};
