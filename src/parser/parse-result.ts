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
}

/** The parser never throws: it returns a plan, or says why there is none. */
export type ParseResult = { ok: true; plan: PlanDocument } | { ok: false; error: ParseError };

export const LOOKED_FOR = [
  'an annual indicator table (a header with 指标 and two or more years, rows of targets)',
  'tasks: numbered paragraphs under a 任务 part, or carrying a unit clause (牵头单位/责任单位)',
  'quantified overall goals under 总体目标 or a 目标 part (到2025年…达到…)',
];

export function noPlanStructure(reason: string, reasonZh: string): ParseResult {
  return {
    ok: false,
    error: {
      code: 'no_plan_structure',
      message: `no plan structure found: ${reason}`,
      messageZh: `未识别到实施方案的结构:${reasonZh}`,
      lookedFor: LOOKED_FOR,
    },
  };
}
