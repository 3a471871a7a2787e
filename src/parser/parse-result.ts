import type { PlanDocument } from './plan-document.schema';

export type ParseErrorCode = 'no_plan_structure' | 'internal_error';

export interface ParseError {
  code: ParseErrorCode;
  /** English, for logs and the CLI. */
  message: string;
  /** Chinese, for the clerk who uploaded the file. */
  messageZh: string;
  /** What the parser searched for, so a person can see why the file did not qualify. */
  lookedFor: string[];
  /** The same, in Chinese, for the clerk. */
  lookedForZh: string[];
}

/** The parser never throws: it returns a plan, or says why there is none. */
export type ParseResult = { ok: true; plan: PlanDocument } | { ok: false; error: ParseError };

export const LOOKED_FOR = [
  'an annual indicator table (a header with 指标 and two or more years, rows of targets)',
  'tasks: numbered paragraphs under a 任务 part, or carrying a unit clause (牵头单位/责任单位)',
  'quantified overall goals under 总体目标 or a 目标 part (到2025年…达到…)',
];

export const LOOKED_FOR_ZH = [
  '年度指标表（表头含“指标”和两个以上年份，每行是一项目标）',
  '重点任务：“任务”部分下编号的段落，或写明牵头单位 / 责任单位的段落',
  '“总体目标”或“目标”部分下可量化的目标（到2025年……达到……）',
];

export function noPlanStructure(reason: string, reasonZh: string): ParseResult {
  return {
    ok: false,
    error: {
      code: 'no_plan_structure',
      message: `no plan structure found: ${reason}`,
      messageZh: `未识别到实施方案的结构:${reasonZh}`,
      lookedFor: LOOKED_FOR,
      lookedForZh: LOOKED_FOR_ZH,
    },
  };
}
