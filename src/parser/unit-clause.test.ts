import { describe, expect, it } from 'vitest';
import { findUnitClause, splitUnits } from './unit-clause';

const roles = (text: string) => {
  const clause = findUnitClause(text);
  return clause && { lead: clause.lead, responsible: clause.responsible, cooperating: clause.cooperating };
};

describe('findUnitClause', () => {
  it('reads the standard clause, keeping bracketed names whole', () => {
    expect(roles('…推动发展。(牵头单位:组织部(人才办);责任单位:人社局、科协、各乡镇(场))')).toEqual({
      lead: ['组织部(人才办)'],
      responsible: ['人社局', '科协', '各乡镇(场)'],
      cooperating: [],
    });
  });

  it('reads 【牵头单位】 labels, 配合单位 and 责任部门', () => {
    expect(roles('加强宣传。【牵头单位】县委宣传部【配合单位】县文旅局、县融媒体中心')).toEqual({
      lead: ['县委宣传部'],
      responsible: [],
      cooperating: ['县文旅局', '县融媒体中心'],
    });
    expect(roles('加强宣传。(责任部门:县发改局,县财政局)')).toEqual({ lead: [], responsible: ['县发改局', '县财政局'], cooperating: [] });
  });

  it('reads "X牵头,Y配合"', () => {
    expect(roles('完善机制。(县发改局牵头,县财政局、各乡镇配合)')).toEqual({ lead: ['县发改局'], responsible: [], cooperating: ['县财政局', '各乡镇'] });
    expect(roles('完善机制。由县发改局牵头,县财政局配合。')).toEqual({ lead: ['县发改局'], responsible: [], cooperating: ['县财政局'] });
  });

  it('reads a clause on its own line without brackets', () => {
    expect(roles('完善机制。\n牵头单位:县发改局 责任单位:县财政局、县统计局')).toEqual({
      lead: ['县发改局'],
      responsible: ['县财政局', '县统计局'],
      cooperating: [],
    });
  });

  it('reads a clause whose closing bracket was cut off', () => {
    expect(roles('完善机制。(牵头单位:县发改局;责任单位:县财政局')?.responsible).toEqual(['县财政局']);
  });

  it('does not take a bracketed aside or a sentence about enterprises for a unit clause', () => {
    expect(findUnitClause('水源(东郊水源地、南梁水源地)水质达标,支持塞尚乳业、科海生物等企业牵头组建创新联合体。')).toBeNull();
  });

  it('knows where the clause sits, to cut it from the task text', () => {
    const text = '实施工程。(牵头单位:发改局)';
    const clause = findUnitClause(text);
    expect(clause && text.slice(0, clause.start)).toBe('实施工程。');
    expect(clause?.clause).toBe('牵头单位:发改局');
  });

  it('splits names joined by 和/及/与 only between complete names, and keeps a name that begins with 和', () => {
    expect(splitUnits('发改局、财政局和人社局')).toEqual(['发改局', '财政局', '人社局']);
    expect(splitUnits('组织部(人才办)和财政局')).toEqual(['组织部(人才办)', '财政局']);
    expect(splitUnits('财政局、人社局及各乡镇')).toEqual(['财政局', '人社局', '各乡镇']);
    expect(splitUnits('科技和工信局、发改局')).toEqual(['科技和工信局', '发改局']);
    expect(splitUnits('和平乡、和城市生态环境局分局')).toEqual(['和平乡', '和城市生态环境局分局']);
    expect(splitUnits('发改局、及财政局')).toEqual(['发改局', '财政局']);
  });

  it('drops 等 from the end of a list', () => {
    expect(splitUnits('发改局、财政局等单位')).toEqual(['发改局', '财政局']);
  });
});
