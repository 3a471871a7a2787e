import { describe, expect, it } from 'vitest';
import { areLookalikes, buildUnitRegistry, findUnit, type UnitMention } from './unit-registry';

const mention = (name: string, role: UnitMention['role'] = 'responsible', task = 1): UnitMention => ({ name, role, line: task, task });

describe('buildUnitRegistry', () => {
  it('merges spellings that differ by the county prefix and names the unit by its most frequent spelling', () => {
    const units = buildUnitRegistry([mention('科协'), mention('科协', 'responsible', 2), mention('县科协', 'lead', 3), mention('贺兰县科协', 'lead', 4)], '贺兰县');
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ name: '科协', aliases: ['县科协', '贺兰县科协'], roles: ['responsible', 'lead'], taskNumbers: [1, 2, 3, 4] });
  });

  it('keeps 县委… and 县政府… units apart from their namesakes without 县', () => {
    expect(buildUnitRegistry([mention('县委办公室'), mention('委办公室')], null)).toHaveLength(2);
  });

  it('flags look-alike names for a person instead of merging them', () => {
    const units = buildUnitRegistry([mention('审批服务局'), mention('审批服务管理局')], null);
    expect(units.map((u) => [u.name, u.suspectedDuplicates])).toEqual([
      ['审批服务局', ['审批服务管理局']],
      ['审批服务管理局', ['审批服务局']],
    ]);
  });

  it('marks groups and what they stand for', () => {
    const [towns, members] = buildUnitRegistry([mention('各乡镇(场)'), mention('县优化营商环境领导小组各成员单位')], null);
    expect(towns).toMatchObject({ kind: 'group', group: { scope: 'townships', of: null } });
    expect(members).toMatchObject({ kind: 'group', group: { scope: 'members_of', of: '县优化营商环境领导小组' } });
  });

  it('finds a unit by any of its spellings', () => {
    const units = buildUnitRegistry([mention('科技和工信局'), mention('科技和工信局'), mention('县科技和工信局', 'office_host')], null);
    expect(findUnit(units, '县科技和工信局', null)?.name).toBe('科技和工信局');
  });
});

describe('areLookalikes', () => {
  it.each([
    ['审批服务局', '审批服务管理局', true],
    ['组织部(人才办)', '组织部', true],
    ['水务局', '税务局', false],
    ['住建局', '卫健局', false],
    ['发改局', '发改局', false],
    ['市场监管局', '银川市生态环境局贺兰分局', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(areLookalikes(a, b)).toBe(expected);
  });
});
