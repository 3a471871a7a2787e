/**
 * Units of measure a plan's numbers carry (家, 个, %, 亿元, 吨标准煤/万元, …), longest first
 * so that 万人次 wins over 万人 and 人. A composite "X/Y" unit is matched separately.
 */
const SIMPLE_UNITS = [
  '个百分点', '万平方米', '万人次', '万千瓦', '平方公里', '人次', '平方米', '立方米', '千瓦时', '千瓦', '兆瓦', '万亩', '万吨',
  '亿元', '万元', '万人', '万户', '万台', '万辆', '万件', '公里', '千米', '公顷', '小时', '家', '个', '项', '件', '人', '名', '户',
  '所', '座', '台', '套', '辆', '条', '处', '次', '元', '吨', '亩', '天', '岁', '倍', '册', '场', '批', '张', '篇', '部', '支',
  '%', '‰',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const SIMPLE = SIMPLE_UNITS.map(escape).join('|');
/** Per-unit measures: 吨标准煤/万元 (energy per GDP), 立方米/万元, 元/人. */
const NUMERATORS = ['吨标准煤', '千克标准煤', '千克', '克', '毫克', '立方米', ...SIMPLE_UNITS].map(escape).join('|');
const DENOMINATORS = ['万元', '亿元', '元', '人', '户', '亩', '公顷', '年', '月', '日', '天', '平方米', '立方米', '小时'].map(escape).join('|');

/** A regex source matching one unit of measure (no groups). */
export const UNIT_SOURCE = `(?:(?:${NUMERATORS})/(?:${DENOMINATORS})|${SIMPLE})`;

const WHOLE_UNIT = new RegExp(`^${UNIT_SOURCE}$`);

/** True when the text is exactly a unit of measure (the "个" of 新增科技创新服务平台(个)). */
export function isUnitOfMeasure(text: string): boolean {
  return WHOLE_UNIT.test(text.trim());
}

/** Units that all count things: 180家 and 230个 enterprises can be compared. */
const COUNT_UNITS = new Set(['家', '个', '项', '件', '人', '名', '户', '所', '座', '台', '套', '辆', '条', '处', '支', '批']);

/** True when the unit counts whole things (家, 个, 件, …). */
export const isCountUnit = (unit: string | null): boolean => unit !== null && COUNT_UNITS.has(unit);

/** True when two targets' units measure the same thing, so their values can be compared. */
export function areUnitsComparable(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return COUNT_UNITS.has(a) && COUNT_UNITS.has(b);
}
