import { describe, expect, it } from 'vitest';
import { classifyUnit } from './unit-kind';

describe('classifyUnit', () => {
  it.each([
    ['科技和工信局', 'department'],
    ['组织部(人才办)', 'department'],
    ['市场监管局', 'department'],
    ['贺兰工业园区管委会', 'park'],
    ['宁夏贺兰工业园区党工委', 'park'],
    ['富兴街街道办', 'township'],
    ['习岗镇', 'township'],
    ['暖泉农场', 'township'],
    ['融晟公司', 'enterprise'],
    ['银川市生态环境局贺兰分局', 'external'],
    ['各乡镇(场)', 'group'],
    ['县属各企事业单位', 'group'],
    ['健康贺兰建设领导小组各成员单位', 'group'],
    ['政府各部门', 'group'],
  ])('%s is a %s', (name, kind) => {
    expect(classifyUnit(name)).toBe(kind);
  });
});
