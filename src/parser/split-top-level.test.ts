import { describe, expect, it } from 'vitest';
import { splitTopLevel } from './split-top-level';

describe('splitTopLevel', () => {
  it('keeps bracketed parts of a unit list whole', () => {
    expect(splitTopLevel('组织部(人才办)、发改局、各乡镇(场)', /、/)).toEqual(['组织部(人才办)', '发改局', '各乡镇(场)']);
    expect(splitTopLevel('政府各部门、驻县区市属各单位党委(党组、党工委)', /[,、]/)).toEqual(['政府各部门', '驻县区市属各单位党委(党组、党工委)']);
  });

  it('survives an unbalanced closing bracket', () => {
    expect(splitTopLevel('甲)、乙', /、/)).toEqual(['甲)', '乙']);
  });
});
