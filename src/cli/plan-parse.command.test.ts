import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { HELAN_FIXTURE } from '../../test/fixtures/plans/read-plan-fixture';
import { PlanDocumentSchema } from '../parser';
import type { CliIo } from './cli-io';
import { main } from './luoshi';

const helan = join(import.meta.dirname, '../../demo', HELAN_FIXTURE);
const scratch = mkdtempSync(join(tmpdir(), 'luoshi-plan-parse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function bufferIo(): CliIo & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const text = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  return {
    stdout: { write: (chunk) => out.push(text(chunk)) },
    stderr: { write: (chunk) => err.push(text(chunk)) },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

describe('luoshi plan parse', () => {
  it('writes the plan as format-1 JSON to stdout and exits 0', async () => {
    const io = bufferIo();
    expect(await main(['plan', 'parse', helan, '--json'], io)).toBe(0);
    const plan = PlanDocumentSchema.parse(JSON.parse(io.out()));
    expect(plan.metadata.documentNumber).toBe('贺党办〔2024〕1号');
    expect(plan.sections.flatMap((s) => s.tasks)).toHaveLength(22);
    expect(io.err()).toMatch(/0 errors, \d+ warnings/);
  });

  it('writes the 任务分解表 workbook with --xlsx', async () => {
    const io = bufferIo();
    const out = join(scratch, 'helan.xlsx');
    expect(await main(['plan', 'parse', helan, '--xlsx', out], io)).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['任务分解表', '年度指标', '检查发现']);
    expect(io.out()).toBe('');
  });

  it('prints a summary with the findings in Chinese when given no option', async () => {
    const io = bufferIo();
    expect(await main(['plan', 'parse', helan], io)).toBe(0);
    expect(io.out()).toContain('22 overall goals, 20 indicators, 7 sections, 22 tasks');
    expect(io.out()).toContain('“科技型中小企业”2025年目标在不同位置不一致');
  });

  it('exits 2 and says what it looked for when the file holds no plan', async () => {
    const file = join(scratch, 'notes.txt');
    writeFileSync(file, '会议纪要:今天讨论了食堂菜单。');
    const io = bufferIo();
    expect(await main(['plan', 'parse', file, '--json'], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('no plan structure found');
    expect(io.err()).toContain('Looked for:');
  });

  it('exits 2 with a clear message on bad usage or an unreadable file', async () => {
    for (const args of [[], ['--xlsx'], [helan, '--frobnicate'], [join(scratch, 'missing.txt')]]) {
      const io = bufferIo();
      expect(await main(['plan', 'parse', ...args], io)).toBe(2);
      expect(io.err()).toMatch(/^luoshi plan parse: /);
    }
  });
});
