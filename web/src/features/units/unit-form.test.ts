import { describe, expect, it } from 'vitest';
import { clashFieldOf, unitFormValues, unitInputOf, type UnitFormValues } from './unit-form';

const values = (overrides: Partial<UnitFormValues> = {}): UnitFormValues => ({ ...unitFormValues(), name: '财政局', ...overrides });

describe('unitFormValues', () => {
  it('starts a new unit as an active department without parent, aliases or members', () => {
    expect(unitFormValues()).toEqual({ name: '', kind: 'department', aliases: [], parentId: null, memberIds: [], isActive: true });
  });
});

describe('unitInputOf', () => {
  it('trims the name and the aliases', () => {
    expect(unitInputOf(values({ name: ' 财政局 ', aliases: [' 县财政局 '] }))).toMatchObject({ name: '财政局', aliases: ['县财政局'] });
  });

  it('drops blank aliases, repeated ones and one equal to the name', () => {
    const input = unitInputOf(values({ aliases: ['', '财政局', '县财政局', '县财政局 ', '县 财政局'] }));
    expect(input.aliases).toEqual(['县财政局']);
  });

  it('sends members only for a group, so changing a group\'s kind clears them', () => {
    expect(unitInputOf(values({ kind: 'group', memberIds: ['a', 'b'] })).memberIds).toEqual(['a', 'b']);
    expect(unitInputOf(values({ kind: 'department', memberIds: ['a', 'b'] })).memberIds).toEqual([]);
  });

  it('sends a cleared parent as null', () => {
    expect(unitInputOf(values({ parentId: undefined })).parentId).toBeNull();
  });
});

describe('clashFieldOf', () => {
  it('blames the name when the unit\'s own name is taken, even written differently', () => {
    expect(clashFieldOf(['组织部(人才办)'], { name: '组织部（人才办）' })).toBe('name');
  });

  it('blames the aliases otherwise', () => {
    expect(clashFieldOf(['人才办'], { name: '组织部' })).toBe('aliases');
  });
});
