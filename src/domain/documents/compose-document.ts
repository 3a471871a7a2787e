import { composeCircular, type DocumentSetup } from './compose-circular';
import { composeLeaderReport } from './compose-leader-report';
import { composeMeetingPack } from './compose-meeting-pack';
import type { DocumentKind, DocumentModel } from './document-model';
import type { PeriodFacts } from './period-facts';

/** The generator of each kind of document. */
export function composeDocument(kind: DocumentKind, facts: PeriodFacts, setup: DocumentSetup): DocumentModel {
  switch (kind) {
    case 'circular':
      return composeCircular(facts, setup);
    case 'leader_report':
      return composeLeaderReport(facts, setup);
    case 'meeting_pack':
      return composeMeetingPack(facts, setup);
  }
}

/** A default 机关代字: the county's first character, the leading group's subject, 办 (贺 + 创新 + 办). */
export function defaultNumberPrefix(countyName: string, leadingGroupName: string | null): string {
  const subject = leadingGroupName?.replace(countyName, '').slice(0, 2) ?? '';
  return `${countyName.charAt(0)}${/^\p{Script=Han}{2}$/u.test(subject) ? subject : '落实'}办`;
}
