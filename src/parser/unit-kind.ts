import type { Unit, UnitKind } from './plan-document.schema';

const GROUP = /^各|各成员单位$|成员单位$|各(部门|单位|部委|企事业单位|人民团体|乡镇|街道)|^(县委|政府|县直)各|属各/;
const PARK = /园区|开发区|高新区|产业园|工业园/;
const TOWNSHIP = /(镇|乡|街道办事处|街道办|街道|农场|牧场|林场|乡镇\(场\))$/;
const ENTERPRISE = /(公司|集团|企业|厂|银行|合作社)$/;
const EXTERNAL = /^(自治区|宁夏回族自治区|国家|中央|[\p{Script=Han}]{2,4}市(?!场))|分局$/u;

/**
 * What kind of unit a name denotes, from its wording. Groups first: 各乡镇(场) is many townships,
 * …领导小组各成员单位 is every member of a group. A higher-level body's local branch
 * (银川市生态环境局贺兰分局) is external: the county cannot assign it work, only ask.
 */
export function classifyUnit(name: string): UnitKind {
  if (GROUP.test(name)) return 'group';
  if (PARK.test(name)) return 'park';
  if (TOWNSHIP.test(name)) return 'township';
  if (ENTERPRISE.test(name)) return 'enterprise';
  if (EXTERNAL.test(name)) return 'external';
  return 'department';
}

/** For a group: whom it stands for. 各乡镇(场) → the townships; X各成员单位 → the members of X. */
export function describeGroup(name: string): Unit['group'] {
  if (classifyUnit(name) !== 'group') return null;
  if (/^各乡镇|^各镇|^各乡/.test(name)) return { scope: 'townships', of: null };
  const members = /^(.+?)各?成员单位$/.exec(name);
  if (members?.[1] !== undefined) return { scope: 'members_of', of: members[1] };
  return { scope: 'other', of: null };
}
