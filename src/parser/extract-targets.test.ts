import { describe, expect, it } from 'vitest';
import { extractTargets, type TargetContext } from './extract-targets';

const read = (text: string, context: TargetContext = { year: null }) => extractTargets(text, 1, context);
const brief = (text: string, context?: TargetContext) =>
  read(text, context).map((t) => [t.metric, t.comparator, t.value, t.unit, t.kind, t.qualifier]);

describe('extractTargets: the wording decides the comparison (DOMAIN.md)', () => {
  it.each([
    ['培育国家高新技术企业40家以上', '国家高新技术企业', '>=', 40, '家'],
    ['科技特派员不少于180人', '科技特派员', '>=', 180, '人'],
    ['“三品一标”数达到75个', '“三品一标”数', '>=', 75, '个'],
    ['公民具备科学素质比例超过16%', '公民具备科学素质比例', '>', 16, '%'],
    ['农业总产值突破59亿元', '农业总产值', '>', 59, '亿元'],
    ['综合能耗控制在0.46吨标准煤/万元以内', '综合能耗', '<=', 0.46, '吨标准煤/万元'],
    ['地区生产总值达到300亿元左右', '地区生产总值', 'approx', 300, '亿元'],
    ['可再生资源利用率提高到50%', '可再生资源利用率', '>=', 50, '%'],
    ['新增创新联合体6个', '新增创新联合体', '=', 6, '个'],
  ])('%s', (text, metric, comparator, value, unit) => {
    expect(read(text, { year: 2025 })[0]).toMatchObject({ metric, comparator, value, unit, kind: 'level', year: 2025 });
  });

  it('reads 下降X% as a relative fall and 年均增长X% as annual growth, keeping 以上/左右 as the qualifier', () => {
    expect(brief('万元GDP综合能耗下降15%,地区生产总值年均增长7%左右,规模以上工业增加值年均增长6%以上', { year: 2025 })).toEqual([
      ['万元GDP综合能耗', 'decrease_by', 15, '%', 'relative_change', null],
      ['地区生产总值', 'increase_by', 7, '%', 'annual_growth', 'about'],
      ['规模以上工业增加值', 'increase_by', 6, '%', 'annual_growth', 'at_least'],
    ]);
  });

  it('splits 城乡…分别增长x、y into an urban and a rural goal', () => {
    expect(brief('城乡居民人均可支配收入年均分别增长6.5%、7%以上', { year: 2025 })).toEqual([
      ['城镇居民人均可支配收入', 'increase_by', 6.5, '%', 'annual_growth', 'at_least'],
      ['农村居民人均可支配收入', 'increase_by', 7, '%', 'annual_growth', 'at_least'],
    ]);
  });

  it('pairs A、B分别达到x、y', () => {
    expect(brief('绿色工厂、数字化车间分别达到4个、14个').map((t) => [t[0], t[2]])).toEqual([
      ['绿色工厂', 4],
      ['数字化车间', 14],
    ]);
  });

  it('marks 每年 targets yearly with their first year, and 到2025年 targets with their deadline', () => {
    expect(read('从2023年开始,每年新增组建创新平台4家以上。')[0]).toMatchObject({ cadence: 'yearly', startYear: 2023, year: null });
    expect(read('到2025年,新增创新联合体6个。')[0]).toMatchObject({ cadence: 'deadline', year: 2025 });
    expect(read('网上可办率达到90%以上。')[0]).toMatchObject({ cadence: 'unspecified', year: null });
  });

  it('carries a deadline forward to later sentences of the same region', () => {
    const context: TargetContext = { year: null };
    read('到2025年,建成智能工厂4个以上。', context);
    expect(read('耕地流转率达到64%。', context)[0]).toMatchObject({ year: 2025 });
  });

  it('reads a range as at least its lower end, with the upper end kept', () => {
    expect(read('每年实施2-3个“揭榜挂帅”项目')[0]).toMatchObject({ metric: '实施“揭榜挂帅”项目', comparator: '>=', value: 2, maxValue: 3, unit: '个' });
  });

  it('reads a unitless level when wording marks it (系数提高到0.6)', () => {
    expect(read('农业灌溉水利用系数提高到0.6;')[0]).toMatchObject({ value: 0.6, unit: null, comparator: '>=' });
  });

  it('leaves years, names and descriptive quantities alone', () => {
    expect(read('到2025年,支持塞尚乳业年产45000吨乳制品生产线技术改造,推动5G网络覆盖,用好“5·19银川葡萄酒品牌日”,落实“财聚宁夏1134”。')).toEqual([]);
  });
});

describe('extractTargets: 约', () => {
  it('reads 约 before a target as about, but not before an investment figure', () => {
    expect(read('到2025年,地区生产总值达到约300亿元')[0]).toMatchObject({ comparator: 'approx', value: 300 });
    expect(read('到2025年,实施项目总投资约3亿元')).toEqual([]);
  });
});

describe('extractTargets: five-year plan deadlines', () => {
  it('reads 到“十四五”末 as 2025', () => {
    expect(read('到“十四五”末,耕地流转率达到64%。')[0]).toMatchObject({ year: 2025, cadence: 'deadline' });
  });
});
