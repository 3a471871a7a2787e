import type { PeriodFacts, ReportFact, TaskFact } from '../period-facts';

/** A report that reached the office, for tests. */
export function buildReportFact(overrides: Partial<ReportFact> = {}): ReportFact {
  return { unitName: '发改局', kind: 'unit', taskStatus: 'on_track', progress: '完成项目申报两项', problems: '无', nextSteps: '继续推进', submittedAt: '2024-12-18T02:00:00.000Z', ...overrides };
}

export function buildTaskFact(overrides: Partial<TaskFact> = {}): TaskFact {
  return { number: 1, title: '实施创新力量厚植工程', leadUnits: ['科技和工信局'], reports: [buildReportFact()], obligations: [{ unitName: '发改局', timeliness: { status: 'on_time' } }], notices: [], ...overrides };
}

/**
 * A small period: three tasks (one lagging with a missing report, one late, one fine), two
 * indicators (one lagging), and units with late and missing reports.
 */
export function buildPeriodFacts(overrides: Partial<PeriodFacts> = {}): PeriodFacts {
  return {
    planTitle: '贺兰县创新型县建设实施方案',
    countyName: '贺兰县',
    periodKey: '2024Q4',
    dueDate: '2024-12-20',
    asOf: '2025-01-06',
    indicatorYear: 2024,
    indicators: [
      { number: 1, name: '国家级高新技术企业', attribute: 'expected', status: 'on_track', explanation: '2024年实际30家，增速为达标所需的100%，按计划推进。' },
      { number: 2, name: '全社会研发投入强度', attribute: 'binding', status: 'binding_target_missed', explanation: '约束性指标：2024年实际1.2%，未达到2024年目标1.5%。' },
    ],
    sections: [
      {
        title: '加快提升创新发展综合能力',
        tasks: [
          buildTaskFact({
            number: 1,
            reports: [buildReportFact({ unitName: '科技和工信局', kind: 'consolidated', taskStatus: 'lagging', problems: '资金到位慢', nextSteps: '争取专项资金' })],
            obligations: [
              { unitName: '科技和工信局', timeliness: { status: 'on_time' } },
              { unitName: '金贵镇', timeliness: { status: 'missing', daysOverdue: 17 } },
            ],
          }),
          buildTaskFact({ number: 2, title: '培育创新型企业', leadUnits: ['发改局'], obligations: [{ unitName: '人社局', timeliness: { status: 'late', daysLate: 3 } }] }),
        ],
      },
      { title: '推动产业创新', tasks: [buildTaskFact({ number: 3, title: '建设创新平台', leadUnits: ['农业农村局'], reports: [buildReportFact({ unitName: '农业农村局', taskStatus: 'completed' })] })] },
    ],
    rates: { expected: 5, received: 4, onTime: 3, reportingRate: 0.8, timelyRate: 0.6 },
    units: [
      { name: '金贵镇', expected: 1, onTime: 0, late: 0, missing: 1, maxDaysLate: 0 },
      { name: '人社局', expected: 1, onTime: 0, late: 1, missing: 0, maxDaysLate: 3 },
      { name: '科技和工信局', expected: 2, onTime: 2, late: 0, missing: 0, maxDaysLate: 0 },
    ],
    escalation: { yellowDaysBefore: 3, redDaysAfter: 0 },
    ...overrides,
  };
}
