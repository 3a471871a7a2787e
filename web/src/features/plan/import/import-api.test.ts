import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/api-error';
import { notAPlanOf } from './import-api';

describe('notAPlanOf', () => {
  const refusal = new ApiError(400, 'validation_failed', '未识别到实施方案的结构', {
    code: 'no_plan_structure',
    lookedFor: ['an annual indicator table'],
    lookedForZh: ['年度指标表'],
  });

  it('lists what was looked for in the reader’s language', () => {
    expect(notAPlanOf(refusal, 'zh-CN')).toEqual({ message: '未识别到实施方案的结构', lookedFor: ['年度指标表'] });
    expect(notAPlanOf(refusal, 'en')?.lookedFor).toEqual(['an annual indicator table']);
  });

  it('falls back to the English list from a server that sends no Chinese one', () => {
    const older = new ApiError(400, 'validation_failed', '未识别', { code: 'no_plan_structure', lookedFor: ['tasks'] });
    expect(notAPlanOf(older, 'zh-CN')?.lookedFor).toEqual(['tasks']);
  });
});
