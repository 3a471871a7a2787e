import { z } from 'zod';

/**
 * The parser's output: a versioned JSON document that other tools read (docs/plan-format.md).
 * Field names are a contract: add fields freely, but rename or remove only with a new formatVersion.
 * Text is in the canonical form of normalize-text.ts (half-width ( ) : ; , digits and letters).
 */
export const PLAN_FORMAT_VERSION = 1;

export const ComparatorSchema = z.enum(['>=', '>', '<=', '<', '=', 'approx', 'decrease_by', 'increase_by']);
export type Comparator = z.infer<typeof ComparatorSchema>;

export const CadenceSchema = z.enum(['monthly', 'quarterly', 'half_yearly', 'yearly', 'regular']);
export type Cadence = z.infer<typeof CadenceSchema>;

const line = z.number().int().positive();
const year = z.number().int().min(1900).max(2200);

export const TargetSchema = z.object({
  metric: z.string(),
  comparator: ComparatorSchema,
  value: z.number(),
  /** Upper end of a range such as 2-3个; null otherwise. */
  maxValue: z.number().nullable(),
  /** For increase_by/decrease_by: the bound written after the number (以上, 左右, 以内). */
  qualifier: z.enum(['at_least', 'more_than', 'about', 'at_most']).nullable(),
  unit: z.string().nullable(),
  /** The year the target is due (到2025年); null when the text names none. */
  year: year.nullable(),
  /** 从2023年开始: the first year of a yearly target. */
  startYear: year.nullable(),
  cadence: z.enum(['yearly', 'deadline', 'unspecified']),
  kind: z.enum(['level', 'annual_growth', 'relative_change']),
  /** The phrase as written, for a person to check the reading. */
  text: z.string(),
  line,
});
export type Target = z.infer<typeof TargetSchema>;

export const GoalSchema = TargetSchema.extend({
  /** The dash-led theme the goal sits under (——县域创新能力水平实现新跃升). */
  theme: z.string().nullable(),
  /** Tasks whose text carries this goal: their lead units own it. */
  ownerTasks: z.array(z.number().int()),
});
export type Goal = z.infer<typeof GoalSchema>;

export const IndicatorSchema = z.object({
  number: z.number().int(),
  name: z.string(),
  rawName: z.string(),
  unit: z.string().nullable(),
  comparator: ComparatorSchema.nullable(),
  targets: z.record(z.string().regex(/^\d{4}$/), z.number()),
  attribute: z.enum(['expected', 'binding']).nullable(),
  direction: z.enum(['higher', 'lower']),
  line,
  ownerTasks: z.array(z.number().int()),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const HeadingStyleSchema = z.enum(['chinese', 'paren_chinese', 'arabic', 'paren_arabic', 'circled', 'dash']);
export type HeadingStyle = z.infer<typeof HeadingStyleSchema>;

export const OutlineEntrySchema = z.object({
  /** Depth in this document's outline (1 = top), from the order in which the styles nest. */
  level: z.number().int().positive(),
  style: HeadingStyleSchema,
  /** The number as written without punctuation: 三, 1; null for dash-led paragraphs. */
  number: z.string().nullable(),
  ordinal: z.number().int().nullable(),
  text: z.string(),
  line,
  /** Last line before the next heading: the heading owns line..endLine. */
  endLine: line,
});
export type OutlineEntry = z.infer<typeof OutlineEntrySchema>;

export const TaskSchema = z.object({
  number: z.number().int(),
  title: z.string(),
  text: z.string(),
  leadUnits: z.array(z.string()),
  responsibleUnits: z.array(z.string()),
  cooperatingUnits: z.array(z.string()),
  /** The unit clause as written, e.g. 牵头单位:科技和工信局;责任单位:发改局. */
  unitClause: z.string().nullable(),
  targets: z.array(TargetSchema),
  line,
  endLine: line,
});
export type Task = z.infer<typeof TaskSchema>;

export const SectionSchema = z.object({
  number: z.string().nullable(),
  ordinal: z.number().int().nullable(),
  title: z.string(),
  line: line.nullable(),
  tasks: z.array(TaskSchema),
});
export type Section = z.infer<typeof SectionSchema>;

export const RulesSchema = z.object({
  reporting: z
    .object({
      cadence: CadenceSchema,
      /** Report before this day of the month (每季度末20日前 → 20). */
      dueDay: z.number().int().min(1).max(31).nullable(),
      /** Which month of the period: its last (季度末) or the first of the next (次月). */
      dueMonthOfPeriod: z.enum(['last', 'next_first']).nullable(),
      reportTo: z.string().nullable(),
      reporters: z.string().nullable(),
      text: z.string(),
      line,
    })
    .nullable(),
  meeting: z.object({ cadence: CadenceSchema, organiser: z.string().nullable(), text: z.string(), line }).nullable(),
  assessment: z.object({ cadence: CadenceSchema.nullable(), scope: z.array(z.string()), text: z.string(), line }).nullable(),
  office: z.object({ name: z.string(), hostUnit: z.string().nullable(), hostUnitAsWritten: z.string().nullable(), line }).nullable(),
  leadingGroup: z.object({ name: z.string(), head: z.string().nullable(), deputyHead: z.string().nullable(), line }).nullable(),
  supervision: z.object({ unit: z.string(), circulars: z.boolean(), text: z.string(), line }).nullable(),
});
export type Rules = z.infer<typeof RulesSchema>;

export const UnitKindSchema = z.enum(['department', 'township', 'park', 'enterprise', 'group', 'external']);
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const UnitRoleSchema = z.enum(['issuer', 'recipient', 'lead', 'responsible', 'cooperating', 'office', 'office_host', 'supervisor']);
export type UnitRole = z.infer<typeof UnitRoleSchema>;

export const UnitSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  kind: UnitKindSchema,
  roles: z.array(UnitRoleSchema),
  taskNumbers: z.array(z.number().int()),
  lines: z.array(line),
  /** A reference to many units (各乡镇(场), …各成员单位): kept as a group, expanded by a person. */
  group: z.object({ scope: z.enum(['townships', 'members_of', 'other']), of: z.string().nullable() }).nullable(),
  /** Other names in the registry that may be this unit: a person confirms or rejects. */
  suspectedDuplicates: z.array(z.string()),
});
export type Unit = z.infer<typeof UnitSchema>;

export const FindingCodeSchema = z.enum([
  'conflicting_targets',
  'task_without_lead_unit',
  'task_without_responsible_units',
  'task_number_gap',
  'indicator_cells_unparsed',
  'indicator_attribute_missing',
  'indicator_unit_missing',
  'target_without_owner',
  'suspected_duplicate_unit',
  'metadata_missing',
]);
export type FindingCode = z.infer<typeof FindingCodeSchema>;

export const FindingSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: FindingCodeSchema,
  message: z.string(),
  messageZh: z.string(),
  /** The first line concerned; lines lists every line concerned. */
  line: line.nullable(),
  lines: z.array(line),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Finding = z.infer<typeof FindingSchema>;

export const MetadataSchema = z.object({
  /** The plan's own title (贺兰县创新型县建设实施方案); the notice carrying it is noticeTitle. */
  title: z.string().nullable(),
  noticeTitle: z.string().nullable(),
  issuers: z.array(z.string()),
  /** Canonical GB/T 9704 form with six-sided brackets: 贺党办〔2024〕1号. */
  documentNumber: z.string().nullable(),
  indexNumber: z.string().nullable(),
  publishDate: z.iso.date().nullable(),
  signDate: z.iso.date().nullable(),
  recipients: z.array(z.string()),
  /** 公开时限 from the disclosure page (长期公开). */
  disclosure: z.string().nullable(),
  /** The notice's own note, e.g. 此件公开发布. */
  releaseNote: z.string().nullable(),
  keywords: z.array(z.string()),
  publisher: z.string().nullable(),
  category: z.string().nullable(),
  period: z.object({ startYear: year, endYear: year }).nullable(),
});
export type Metadata = z.infer<typeof MetadataSchema>;

export const SourceSchema = z.object({
  fileName: z.string().nullable(),
  format: z.enum(['text', 'html', 'docx']),
  encoding: z.string().nullable(),
  /** Line numbers everywhere refer to these lines of the extracted, normalised text. */
  lineCount: z.number().int().nonnegative(),
});
export type Source = z.infer<typeof SourceSchema>;

export const PlanDocumentSchema = z.object({
  formatVersion: z.literal(PLAN_FORMAT_VERSION),
  source: SourceSchema,
  metadata: MetadataSchema,
  outline: z.array(OutlineEntrySchema),
  goals: z.array(GoalSchema),
  indicators: z.array(IndicatorSchema),
  sections: z.array(SectionSchema),
  rules: RulesSchema,
  units: z.array(UnitSchema),
  findings: z.array(FindingSchema),
});
export type PlanDocument = z.infer<typeof PlanDocumentSchema>;
