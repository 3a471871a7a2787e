/**
 * Who owes what in an open period: every (task, responsible unit) pair owes a unit report, and
 * every task's lead unit owes a consolidated task report. A group (各乡镇(场)) stands for its
 * members, each of which owes its own report.
 */
export interface TaskAssignment {
  taskId: string;
  unitId: string;
  role: 'lead' | 'responsible' | 'cooperating';
}

export interface Obligation {
  taskId: string;
  unitId: string;
  kind: 'unit' | 'consolidated';
}

export function obligationsOf(assignments: readonly TaskAssignment[], groupMembers: ReadonlyMap<string, readonly string[]>): Obligation[] {
  const seen = new Set<string>();
  const obligations: Obligation[] = [];
  const add = (taskId: string, unitId: string, kind: Obligation['kind']) => {
    const key = `${taskId}/${unitId}/${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    obligations.push({ taskId, unitId, kind });
  };
  for (const a of assignments) {
    if (a.role === 'cooperating') continue;
    const units = groupMembers.get(a.unitId) ?? [a.unitId];
    for (const unitId of units) add(a.taskId, unitId, a.role === 'lead' ? 'consolidated' : 'unit');
  }
  return obligations;
}

export const obligationKey = (o: Obligation) => `${o.taskId}/${o.unitId}/${o.kind}`;
