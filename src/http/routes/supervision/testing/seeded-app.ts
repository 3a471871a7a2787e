export { DAY_MINUTES, DEMO_PASSWORD, useSeededApp, type SeededApp } from '../../../../../test/seeded-demo-app';
import type { SeededApp } from '../../../../../test/seeded-demo-app';

/** The lead unit (科技和工信局, login kjgx) reports task 1 lagging in a period: the task turns red. */
export async function reportTaskLagging(seeded: SeededApp, periodId: string): Promise<void> {
  const kjgx = await seeded.as('kjgx');
  const report = (await kjgx('POST', '/api/reports', { periodId, taskId: seeded.taskIds.get(1), kind: 'consolidated' })).json();
  const saved = (await kjgx('PUT', `/api/reports/${report.id}`, { version: 1, progress: '受资金影响进度滞后', problems: '资金未到位', nextSteps: '协调资金', taskStatus: 'lagging', targetProgress: [] })).json();
  const submitted = await kjgx('POST', `/api/reports/${report.id}/submit`, { version: saved.version });
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
}
