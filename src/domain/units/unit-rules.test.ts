import { describe, expect, it } from 'vitest';
import { findNameClashes, normaliseUnitName, wouldCreateCycle } from './unit-rules';

describe('unit rules', () => {
  it('folds full-width brackets and spaces when comparing names', () => {
    expect(normaliseUnitName('组织部（人才办）')).toBe('组织部(人才办)');
    expect(normaliseUnitName(' 各乡镇 (场) ')).toBe('各乡镇(场)');
  });

  it('finds a name or alias that another unit already uses', () => {
    const others = [{ id: 'a', name: '审批服务管理局', aliases: ['审批服务局'] }];
    expect(findNameClashes({ id: 'b', name: '审批服务局', aliases: [] }, others)).toEqual(['审批服务局']);
    expect(findNameClashes({ id: 'b', name: '县科协', aliases: ['科协'] }, others)).toEqual([]);
    expect(findNameClashes({ id: 'a', name: '审批服务管理局', aliases: ['审批服务局'] }, others)).toEqual([]);
  });

  it('detects a parent chain that loops back', () => {
    const parentOf = new Map<string, string | null>([
      ['a', null],
      ['b', 'a'],
      ['c', 'b'],
    ]);
    expect(wouldCreateCycle('a', 'c', parentOf)).toBe(true);
    expect(wouldCreateCycle('c', 'a', parentOf)).toBe(false);
    expect(wouldCreateCycle('a', 'a', parentOf)).toBe(true);
  });
});
