import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTaskBreakdownXlsx } from '../src/documents/task-breakdown-xlsx';
import { parsePlanDocument } from '../src/parser';
import { missing, NOT_YET, type Missing } from './lib/figure';
import { median, round } from './lib/stats';

const HELAN = join(import.meta.dirname, '../demo/helan-innovation-county-plan-2024.txt');

export interface DocumentFigures {
  /** The Helan plan's 任务分解表: median time to write it, and its size. */
  taskBreakdownXlsx: { ms: number; kb: number; runs: number };
  quarterlyCircularDocx: Missing;
}

/** The document writers on the Helan plan, warm (three unmeasured runs first). */
export async function benchDocuments(runs: number): Promise<DocumentFigures> {
  const parsed = await parsePlanDocument(readFileSync(HELAN));
  if (!parsed.ok) throw new Error(`the Helan document did not parse: ${parsed.error.message}`);
  const createdAt = new Date('2024-01-08T00:00:00Z');
  let bytes = 0;
  for (let i = 0; i < 3; i += 1) bytes = (await writeTaskBreakdownXlsx(parsed.plan, { createdAt })).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await writeTaskBreakdownXlsx(parsed.plan, { createdAt });
    times.push(performance.now() - started);
  }
  return {
    taskBreakdownXlsx: { ms: round(median(times), 1), kb: round(bytes / 1024, 1), runs },
    quarterlyCircularDocx: missing(NOT_YET.circular),
  };
}
