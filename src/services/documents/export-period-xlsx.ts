import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { periodLabel } from '../../domain/documents/chinese-text';
import { TASK_PROGRESS_ZH } from '../../domain/documents/period-facts';
import { writeReportCompilationXlsx, writeTimelinessXlsx, type PeriodReportRow } from '../../documents/period-xlsx';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import { loadPeriod } from '../reporting/load-plan';
import { timelinessSummary } from '../reporting/timeliness-summary';
import type { RequestContext } from '../request-context';

const STATUS_ZH: Record<string, string> = { not_started: '未报送', draft: '草稿', awaiting_approval: '待审批', submitted: '已报送', returned: '已退回', accepted: '已采纳' };
/** Only reports the office has received show their text; drafts stay the unit's own. */
const RECEIVED = new Set(['submitted', 'accepted']);

const localTime = (iso: string | null, timeZone: string) =>
  iso === null ? '' : new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

/** Every obligation of the period with its report, ordered by task, lead unit's report first. */
async function periodRows(store: Store, actor: Actor, periodId: string, now: Date, action: 'document.read' | 'timeliness.read') {
  const { period, plan, rule } = await loadPeriod(store.repos, actor, periodId);
  authorize(actor, action, { kind: 'region', regionId: plan.region_id });
  const summary = await timelinessSummary(store, actor, periodId, now);
  const [tasks, reports, units] = await Promise.all([store.repos.plans.listTasks(plan.id), store.repos.reporting.listReportsOfPeriod(period.id), store.repos.org.listUnits(plan.region_id)]);
  const taskOf = new Map(tasks.map((t) => [t.id, t]));
  const reportOf = new Map(reports.map((r) => [r.id, r]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const rows: PeriodReportRow[] = summary.obligations.flatMap((o) => {
    const task = taskOf.get(o.taskId);
    if (!task) return [];
    const report = o.reportId ? reportOf.get(o.reportId) : undefined;
    const received = report !== undefined && RECEIVED.has(report.status);
    return [
      {
        taskNumber: task.number,
        section: task.section_title,
        taskTitle: task.title,
        unitName: unitName.get(o.unitId) ?? '',
        kind: o.kind,
        statusZh: STATUS_ZH[o.status] ?? o.status,
        taskStatusZh: received && report.task_status ? TASK_PROGRESS_ZH[report.task_status] : '',
        progress: received ? report.progress : '',
        problems: received ? report.problems : '',
        nextSteps: received ? report.next_steps : '',
        firstSubmittedAt: localTime(o.firstSubmittedAt, rule.timeZone),
        timeliness: o.timeliness,
      },
    ];
  });
  rows.sort((a, b) => a.taskNumber - b.taskNumber || (a.kind === b.kind ? a.unitName.localeCompare(b.unitName, 'zh-CN') : a.kind === 'consolidated' ? -1 : 1));
  const input = { periodLabel: periodLabel(period.key), planTitle: plan.title, createdAt: now };
  return { period, summary, rows, input };
}

async function audited(store: Store, actor: Actor, ctx: RequestContext, periodId: string, what: string) {
  await store.transaction((repos) => recordAudit(repos, ctx, actor, { action: 'document.export', outcome: 'success', object: { type: 'period', id: periodId }, details: { what } }));
}

/** 进展情况汇编 of a period as .xlsx: what every unit reported (or did not). Audited. */
export async function exportReportCompilation(store: Store, actor: Actor, periodId: string, ctx: RequestContext) {
  const { period, rows, input } = await periodRows(store, actor, periodId, ctx.now, 'document.read');
  const bytes = await writeReportCompilationXlsx(input, rows);
  await audited(store, actor, ctx, periodId, 'report_compilation');
  return { fileName: `${period.key}进展情况汇编.xlsx`, bytes };
}

/** 报送及时情况表 of a period as .xlsx: rates by unit, then every obligation. Audited. */
export async function exportTimeliness(store: Store, actor: Actor, periodId: string, ctx: RequestContext) {
  const { period, summary, rows, input } = await periodRows(store, actor, periodId, ctx.now, 'timeliness.read');
  const units = summary.units.map((u) => ({ unitName: u.unitName, ...u.rates, late: u.late, missing: u.missing }));
  const bytes = await writeTimelinessXlsx(input, units, rows);
  await audited(store, actor, ctx, periodId, 'timeliness');
  return { fileName: `${period.key}报送及时情况表.xlsx`, bytes };
}
