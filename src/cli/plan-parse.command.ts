import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { writeTaskBreakdownXlsx } from '../documents/task-breakdown-xlsx';
import { parsePlanDocument, PlanDocumentSchema, type PlanDocument } from '../parser';
import type { CliCommand, CliIo } from './cli-io';

const USAGE = [
  'Usage: luoshi plan parse FILE [--json] [--xlsx OUT.xlsx]',
  '  FILE            the plan: .txt (UTF-8 or GBK), a saved .html page, or a .docx',
  '  --json          write the parsed plan (docs/plan-format.md) to stdout',
  '  --xlsx OUT.xlsx write the 任务分解表 workbook (tasks, indicators, findings)',
  'Without an option, prints a summary. Exit codes: 0 plan found, 1 internal error, 2 no plan or bad usage.',
  '',
].join('\n');

interface Options {
  file: string;
  json: boolean;
  xlsx: string | null;
}

function readOptions(args: readonly string[]): Options | string {
  let file: string | null = null;
  let json = false;
  let xlsx: string | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--json') json = true;
    else if (arg === '--xlsx') {
      xlsx = args[i + 1] ?? null;
      if (xlsx === null || xlsx.startsWith('--')) return '--xlsx needs an output file name';
      i += 1;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (file === null) file = arg;
    else return `unexpected argument ${arg}`;
  }
  return file === null ? 'FILE is missing' : { file, json, xlsx };
}

/** `luoshi plan parse FILE`: reads a plan document and reports what it says and what is wrong with it. */
export const runPlanParse: CliCommand = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const options = readOptions(args);
  if (typeof options === 'string') {
    io.stderr.write(`luoshi plan parse: ${options}\n${USAGE}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(options.file);
  } catch (error) {
    io.stderr.write(`luoshi plan parse: cannot read ${options.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  const result = await parsePlanDocument(bytes, { fileName: basename(options.file) });
  if (!result.ok) {
    const lookedFor = result.error.lookedFor.map((item) => `  - ${item}\n`).join('');
    io.stderr.write(`luoshi plan parse: ${options.file}: ${result.error.message}\n${lookedFor === '' ? '' : `Looked for:\n${lookedFor}`}`);
    return result.error.code === 'no_plan_structure' ? 2 : 1;
  }
  const plan = PlanDocumentSchema.parse(result.plan);
  // The workbook first: a reader that closes stdout early (| head) must not cost the file.
  if (options.xlsx !== null) {
    await writeFile(options.xlsx, await writeTaskBreakdownXlsx(plan));
    io.stderr.write(`wrote ${options.xlsx}\n`);
  }
  if (options.json) io.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  if (!options.json && options.xlsx === null) writeSummary(plan, io);
  else io.stderr.write(`${findingCounts(plan)}\n`);
  return 0;
};

function findingCounts(plan: PlanDocument): string {
  const count = (severity: string) => plan.findings.filter((f) => f.severity === severity).length;
  return `${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`;
}

function writeSummary(plan: PlanDocument, io: CliIo): void {
  const { metadata } = plan;
  const tasks = plan.sections.flatMap((s) => s.tasks);
  const lines = [
    `${metadata.title ?? '(untitled plan)'}${metadata.documentNumber === null ? '' : `  ${metadata.documentNumber}`}`,
    `${plan.goals.length} overall goals, ${plan.indicators.length} indicators, ${plan.sections.length} sections, ${tasks.length} tasks, ${plan.units.length} units`,
    `Findings: ${findingCounts(plan)}`,
    ...plan.findings.map((f) => `  [${f.severity}] ${f.line === null ? '' : `line ${f.line}: `}${f.messageZh}`),
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
}
