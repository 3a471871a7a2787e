import { describe, expect, it } from 'vitest';
import { filterUnits, memberCandidates, parentCandidates, selfAndDescendants } from './unit-list';
import type { Unit } from './unit-types';

let nextId = 0;
function buildUnit(overrides: Partial<Unit> = {}): Unit {
  nextId += 1;
  return { id: `u${nextId}`, name: `单位${nextId}`, aliases: [], kind: 'department', parentId: null, isActive: true, sortOrder: nextId, memberIds: [], ...overrides };
}

describe('filterUnits', () => {
  const zzb = buildUnit({ name: '组织部(人才办)', aliases: ['组织部', '人才办'] });
  const kjgx = buildUnit({ name: '科技和工信局', aliases: ['县科技和工信局'] });
  const units = [zzb, kjgx];

  it('returns every unit for an empty or blank query', () => {
    expect(filterUnits(units, '')).toEqual(units);
    expect(filterUnits(units, '  ')).toEqual(units);
  });

  it('finds a unit by part of its name or of an alias', () => {
    expect(filterUnits(units, '工信')).toEqual([kjgx]);
    expect(filterUnits(units, '人才')).toEqual([zzb]);
  });

  it('ignores full-width brackets, spaces and case', () => {
    expect(filterUnits(units, '组织部（人才办）')).toEqual([zzb]);
    expect(filterUnits([buildUnit({ name: 'ABC公司' })], 'ａｂｃ 公司')).toHaveLength(1);
  });
});

describe('parentCandidates', () => {
  const county = buildUnit({ name: '县委' });
  const office = buildUnit({ name: '办公室', parentId: county.id });
  const desk = buildUnit({ name: '秘书科', parentId: office.id });
  const other = buildUnit({ name: '财政局' });
  const units = [county, office, desk, other];

  it('offers every unit to a new unit', () => {
    expect(parentCandidates(units, undefined)).toEqual(units);
  });

  it('never offers the unit itself or a unit below it, which would close a loop', () => {
    expect(parentCandidates(units, office.id)).toEqual([county, other]);
    expect([...selfAndDescendants(units, county.id)].sort()).toEqual([county.id, office.id, desk.id].sort());
  });

  it('stops on a loop already in the data', () => {
    const a = buildUnit();
    const b = buildUnit({ parentId: a.id });
    a.parentId = b.id;
    expect(selfAndDescendants([a, b], a.id)).toEqual(new Set([a.id, b.id]));
  });
});

describe('memberCandidates', () => {
  it('offers units but not groups, and never the group itself', () => {
    const town = buildUnit({ kind: 'township' });
    const group = buildUnit({ kind: 'group' });
    expect(memberCandidates([town, group], group.id)).toEqual([town]);
  });
});
