import { writeFile } from 'node:fs/promises';
import type { Store } from '../db/store';
import type { Actor } from '../domain/authorization/policy';
import { DOCUMENT_KINDS, type DocumentKind } from '../domain/documents/document-model';
import { isDomainError } from '../domain/errors';
import { writeOfficialDocx } from '../documents/circular-docx';
import { HELAN_REGION } from '../services/demo/helan-demo-data';
import { composeFromData } from '../services/documents/generate-document';
import { exportTaskBreakdown } from '../services/plans/export-task-breakdown';
import type { CliCommand, CliIo } from './cli-io';
import { withStore } from './with-store';

const USAGE = [
  'Usage: luoshi doc circular --period 2024Q4 --out FILE.docx [--kind circular|leader_report|meeting_pack] [--plan ID]',
  '       luoshi doc breakdown --out FILE.xlsx [--plan ID]',
  '  Writes a document from the configured database (DATABASE_URL or LUOSHI_DATA_DIR): the demo',
  '  county\'s plan unless --plan names another. The circular is a draft: numbers come when the office issues it.',
  '',
].join('\n');

type Options = { out: string; period: string | null; plan: string | null; kind: DocumentKind };

function readOptions(args: readonly string[], needsPeriod: boolean): Options | string {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const [name, value] = [args[i] ?? '', args[i + 1]];
    if (!['--out', '--period', '--plan', '--kind'].includes(name)) return `unknown option ${name}`;
    if (value === undefined || value.startsWith('--')) return `${name} needs a value`;
    values.set(name, value);
  }
  const kind = (values.get('--kind') ?? 'circular') as DocumentKind;
  if (!DOCUMENT_KINDS.includes(kind)) return `--kind must be one of ${DOCUMENT_KINDS.join(', ')}`;
  if (!values.has('--out')) return '--out is missing';
  if (needsPeriod && !values.has('--period')) return '--period is missing (e.g. 2024Q4)';
  return { out: values.get('--out')!, period: values.get('--period') ?? null, plan: values.get('--plan') ?? null, kind };
}

/** The plan to write about (--plan, else the demo county's plan) and the CLI's own read-only actor. */
async function planAndActor(store: Store, planId: string | null): Promise<{ planId: string; actor: Actor } | string> {
  let plan = planId ? await store.repos.plans.findPlan(planId).catch(() => undefined) : undefined;
  if (!planId) {
    const region = await store.repos.org.findRegionByCode(HELAN_REGION.code);
    plan = region ? (await store.repos.plans.listPlans(region.id))[0] : undefined;
  }
  if (!plan) return planId ? `no plan with id ${planId}` : 'the database holds no demo plan; name one with --plan ID';
  // The command line reads as the county's office would; the audit trail names it luoshi-cli.
  return { planId: plan.id, actor: { userId: '00000000-0000-0000-0000-000000000000', login: 'luoshi-cli', roles: ['office'], unitId: null, regionId: plan.region_id } };
}

const CTX = () => ({ now: new Date(), ip: null, userAgent: 'luoshi cli' });

async function run(io: CliIo, args: string[], verb: 'circular' | 'breakdown'): Promise<number> {
  const options = readOptions(args, verb === 'circular');
  if (typeof options === 'string') {
    io.stderr.write(`luoshi doc ${verb}: ${options}\n${USAGE}`);
    return 2;
  }
  return withStore(io, async (store) => {
    const target = await planAndActor(store, options.plan);
    if (typeof target === 'string') {
      io.stderr.write(`luoshi doc ${verb}: ${target}\n`);
      return 1;
    }
    try {
      const bytes =
        verb === 'circular'
          ? await writeOfficialDocx(await composeFromData(store, target.actor, target.planId, options.kind, options.period!, new Date()))
          : (await exportTaskBreakdown(store, target.actor, target.planId, CTX())).bytes;
      await writeFile(options.out, bytes);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      io.stderr.write(`luoshi doc ${verb}: ${error.message}\n`);
      return 1;
    }
    io.stderr.write(`wrote ${options.out}\n`);
    return 0;
  });
}

/** `luoshi doc circular`: a period's circular (or leadership report, meeting pack) as .docx. */
export const runDocCircular: CliCommand = (args, io) => (args.includes('--help') ? help(io) : run(io, args, 'circular'));

/** `luoshi doc breakdown`: the plan's task breakdown table as .xlsx. */
export const runDocBreakdown: CliCommand = (args, io) => (args.includes('--help') ? help(io) : run(io, args, 'breakdown'));

async function help(io: CliIo): Promise<number> {
  io.stdout.write(USAGE);
  return 0;
}
