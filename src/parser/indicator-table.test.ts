import { describe, expect, it } from 'vitest';
import { readIndicatorTables } from './indicator-table';

const facts = (lines: string[]) =>
  readIndicatorTables(lines).indicators.map((i) => [i.number, i.name, i.unit, i.targets, i.attribute, i.direction]);

describe('readIndicatorTables', () => {
  it('reads a table flattened to one cell per line, with run-together years and unclosed unit brackets', () => {
    const lines = ['序号   指标202320242025指标属性', '', '1', '', '全社会研发投入强度(%', '', '1.2', '1.32', '1.45', '预期性', '2', '万元GDP综合能耗(吨标准煤/万元)', '0.5', '0.48', '0.46', '约束性', '三、重点任务'];
    expect(facts(lines)).toEqual([
      [1, '全社会研发投入强度', '%', { 2023: 1.2, 2024: 1.32, 2025: 1.45 }, 'expected', 'higher'],
      [2, '万元GDP综合能耗', '吨标准煤/万元', { 2023: 0.5, 2024: 0.48, 2025: 0.46 }, 'binding', 'lower'],
    ]);
    expect(readIndicatorTables(lines).regions).toEqual([{ start: 1, end: 16 }]);
  });

  it('reads one row per line, separated by tabs or wide spaces, with a unit column', () => {
    const tabs = ['序号\t指标\t单位\t2023年\t2024年\t2025年\t指标属性', '1\t选聘科技特派员\t人\t160\t170\t180\t约束性'];
    const spaces = ['序号  指标  单位  2023年  2024年  2025年  指标属性', '1  选聘科技特派员  人  160  170  180  约束性'];
    const expected = [[1, '选聘科技特派员', '人', { 2023: 160, 2024: 170, 2025: 180 }, 'binding', 'higher']];
    expect(facts(tabs)).toEqual(expected);
    expect(facts(spaces)).toEqual(expected);
  });

  it('reads a header whose cells stand one per line', () => {
    const lines = ['序号', '指标', '2024', '2025', '指标属性', '1', '新增科技创新服务平台(个)', '4', '5', '预期性'];
    expect(facts(lines)).toEqual([[1, '新增科技创新服务平台', '个', { 2024: 4, 2025: 5 }, 'expected', 'higher']]);
  });

  it('reads comparison words around the unit as the comparator', () => {
    const lines = ['序号\t指标\t2023\t2024\t2025\t指标属性', '4\t引进新品种不少于(项)\t40\t50\t60\t预期性', '5\t数字经济比重达到(%)以上\t7\t8\t8.5\t预期性'];
    expect(readIndicatorTables(lines).indicators.map((i) => [i.name, i.comparator, i.unit])).toEqual([
      ['引进新品种', '>=', '项'],
      ['数字经济比重', '>=', '%'],
    ]);
  });

  it('reports a row whose year cells do not parse, and a row without an attribute', () => {
    const lines = ['序号\t指标\t2023\t2024\t2025\t指标属性', '1\t新增平台(个)\t4\t待定\t—\t', '2\t新增机构(个)\t1\t2\t3\t'];
    const table = readIndicatorTables(lines);
    expect(table.indicators[0]?.targets).toEqual({ 2023: 4 });
    expect(table.findings.map((f) => [f.code, f.severity, f.line, f.params['years']])).toEqual([
      ['indicator_cells_unparsed', 'error', 2, '2024、2025'],
      ['indicator_attribute_missing', 'warning', 2, undefined],
      ['indicator_attribute_missing', 'warning', 3, undefined],
    ]);
  });

  it('ends a flattened row early at its attribute, so a missing cell is reported instead of borrowed', () => {
    const lines = ['序号 指标 2023 2024 2025 指标属性'.replace(/ /g, '  '), '1', '研发投入强度(%)', '1.2', '1.32', '预期性', '2', '比重(%)', '2', '3', '4', '预期性'];
    const table = readIndicatorTables(lines);
    expect(table.indicators.map((i) => i.targets)).toEqual([{ 2023: 1.2, 2024: 1.32 }, { 2023: 2, 2024: 3, 2025: 4 }]);
    expect(table.findings[0]).toMatchObject({ code: 'indicator_cells_unparsed', params: { years: '2025', cells: '空' } });
  });

  it('finds no table in prose that mentions 指标 and years', () => {
    expect(readIndicatorTables(['到2025年主要指标较2020年明显提升。', '1.加强领导。']).indicators).toEqual([]);
  });
});
