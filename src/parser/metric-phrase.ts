/**
 * Words that open a target phrase but are not part of what is measured: time (到2025年, 每年),
 * resolve (力争, 确保) and the verbs of bringing something about (培育, 建成, 引育).
 * 力争培育国家高新技术企业 → 国家高新技术企业. 新增 stays: a new addition is a different
 * measure from a total (新增国家高新技术企业 4 a year vs 国家高新技术企业 40 by 2025).
 */
const HEAD =
  /^(?:[\s,、;:和及与并]+|到\s*\d{4}\s*年(?:底|末)?|从\s*\d{4}\s*年(?:开始|起)|\d{4}\s*年(?:底|末)?前?|每年|力争|确保|努力|争取|实现|全县|全市|全区|其中|同时|累计|培育|引育|引进|建成|建立|组建|选聘|支持|打造|完成|新建)/;

export function stripMetricHead(phrase: string): string {
  let metric = phrase.trim();
  for (let guard = 0; guard < 8; guard += 1) {
    const match = HEAD.exec(metric);
    if (match === null || match[0].length >= metric.length) break;
    metric = metric.slice(match[0].length);
  }
  return metric.replace(/^[\s,、;:]+|[\s,、;:]+$/g, '');
}

/**
 * The metrics of a 分别 list: "城乡居民人均可支配收入年均分别增长6.5%、7%" names two measures,
 * urban (城镇) and rural (农村) income. "A、B分别达到x、y" pairs A with x and B with y. When
 * the subject cannot be split the same way, every value keeps the whole subject.
 */
export function splitListSubjects(subject: string, count: number): string[] {
  if (count === 2 && subject.includes('城乡')) {
    return [subject.replace('城乡', '城镇'), subject.replace('城乡', '农村')];
  }
  const parts = subject.split(/、|和|与|及/).map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length === count) return parts;
  return Array.from({ length: count }, () => subject);
}

const QUOTES = /[“”"‘’'「」『』《》]/g;

/**
 * The key under which the same measure is recognised in different places: quotes, the region
 * (自治区, 全县), 级 and counting suffixes (数, 家数) do not change what is measured.
 * 自治区科技“小巨人”企业 and 科技“小巨人”企业家数 share the key 科技小巨人企业.
 */
export function metricKey(metric: string): string {
  let key = stripMetricHead(metric.replace(QUOTES, '').replace(/\s+/g, ''));
  key = key.replace(/^(?:自治区|全区|全县|全市|全省)/, '').replace(/^(国家|自治区|省|市|县)级/, '$1');
  key = key.replace(/(?:家数|个数|数量|总数|总量|数)$/, '');
  return key;
}
