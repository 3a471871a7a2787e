import { describe, expect, it } from 'vitest';
import { agendaFrom } from './meeting-agenda';

const reason = (light: 'red' | 'yellow', text: string) => ({ light, code: 'task_lagging' as const, text });

describe('meeting agenda (重点难点)', () => {
  it('lists red items before yellow ones, tasks before indicators before units, and leaves green out', () => {
    const agenda = agendaFrom({
      tasks: [
        { id: 't1', number: 1, title: '甲', light: 'yellow', reasons: [reason('yellow', '临近截止')] },
        { id: 't2', number: 2, title: '乙', light: 'green', reasons: [] },
        { id: 't3', number: 3, title: '丙', light: 'red', reasons: [reason('red', '进度滞后')] },
      ],
      indicators: [{ id: 'i1', number: 4, name: '研发投入', light: 'red', reasons: [reason('red', '约束性指标未完成')] }],
      units: [{ id: 'u1', name: '发改局', light: 'yellow', reasons: [reason('yellow', '督办单尚未销号')] }],
    });
    expect(agenda.map((a) => [a.label, a.light])).toEqual([
      ['任务3：丙', 'red'],
      ['指标4：研发投入', 'red'],
      ['任务1：甲', 'yellow'],
      ['发改局', 'yellow'],
    ]);
    expect(agenda[0]!.reasons).toEqual(['进度滞后']);
  });
});
