import { describe, expect, it } from 'vitest';
import { indexOwners } from './link-owners';
import type { Section, Task } from './plan-document.schema';
import { buildTarget } from './testing/build-target';

const task = (number: number, title: string, text: string, metrics: string[] = []): Task => ({
  number,
  title,
  text,
  leadUnits: ['发改局'],
  responsibleUnits: [],
  cooperatingUnits: [],
  unitClause: null,
  targets: metrics.map((metric) => buildTarget({ metric, value: 1 })),
  line: 1,
  endLine: 1,
});
const sections = (tasks: Task[]): Section[] => [{ number: '一', ordinal: 1, title: '', line: 1, tasks }];

describe('indexOwners', () => {
  const owners = indexOwners(
    sections([
      task(2, '实施创新主体培育工程', '国家级高新技术企业达到40家以上', ['国家级高新技术企业']),
      task(19, '加强科普', '到2025年,公民具备科学素质比例超过16%。'),
    ]),
  );

  it('links a goal to the task whose own target measures the same thing', () => {
    expect(owners.ownersOf('国家高新技术企业')).toEqual([2]);
  });

  it('links by wording when most of the metric appears in a task, additions included', () => {
    expect(owners.ownersOf('公民具备科学素质比例')).toEqual([19]);
    expect(owners.ownersOf('新增国家高新技术企业')).toEqual([2]);
  });

  it('links nothing when no task covers the metric', () => {
    expect(owners.ownersOf('地区生产总值')).toEqual([]);
  });
});
