import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTaskBreakdownXlsx } from '../src/documents/task-breakdown-xlsx';
import { parsePlanDocument } from '../src/parser';
import { median, round } from './lib/stats';

const HELAN = join(import.meta.dirname, '../demo/helan-innovation-county-plan-2024.txt');

export interface DocumentFigures {
  /** The Helan plan's 任务分解表: median time to write it, and its size. */
  taskBreakdownXlsx: { ms: number; kb: number; runs: number };
}

/** The quarterly circular (季度通报) of a synthetic Helan-shaped county, generated from its data. */
export interface CircularFigure {
  /** Median wall time of one generation: compose the draft from the database, then write its .docx. */
  ms: number;
  maxMs: number;
  kb: number;
  runs: number;
  periodKey: string;
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
  };
}

/**
 * The office generating a period's circular over HTTP, as the documents page does: POST a draft
 * composed from the plan's data (reports, timeliness, indicators), then GET it as .docx
 * (GB/T 9704 writer). One unmeasured run first; each run leaves a draft behind, as a click does.
 */
export async function benchCircular(baseUrl: string, cookie: string, planId: string, periodKey: string, runs: number): Promise<CircularFigure> {
  const headers = { cookie, 'content-type': 'application/json', origin: baseUrl };
  const once = async () => {
    const started = performance.now();
    const draft = await fetch(`${baseUrl}/api/plans/${planId}/documents`, { method: 'POST', headers, body: JSON.stringify({ kind: 'circular', periodKey }) });
    if (draft.status !== 201) throw new Error(`generating the ${periodKey} circular answered ${draft.status}: ${await draft.text()}`);
    const { id } = (await draft.json()) as { id: string };
    const docx = await fetch(`${baseUrl}/api/documents/${id}/docx`, { headers: { cookie } });
    const bytes = (await docx.arrayBuffer()).byteLength;
    if (docx.status !== 200 || bytes === 0) throw new Error(`the ${periodKey} circular's .docx answered ${docx.status}`);
    return { ms: performance.now() - started, bytes };
  };
  await once();
  const measured: Array<{ ms: number; bytes: number }> = [];
  for (let i = 0; i < runs; i += 1) measured.push(await once());
  const times = measured.map((m) => m.ms);
  return { ms: round(median(times), 1), maxMs: round(Math.max(...times), 1), kb: round(measured[0]!.bytes / 1024, 1), runs, periodKey };
}
