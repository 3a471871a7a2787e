import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HELAN_FIXTURE, readPlanFixture } from '../../test/fixtures/plans/read-plan-fixture';
import { parsePlanDocument } from './parse-plan-document';
import { parsePlanText } from './parse-plan-text';
import type { ParseResult } from './parse-result';
import { PlanDocumentSchema } from './plan-document.schema';
import { helanAsHtml } from './testing/helan-variants';

const helan = readPlanFixture(HELAN_FIXTURE).toString('utf8');
const helanLines = helan.split('\n');

/** A result is sound when it is a valid plan or a no-plan answer; internal_error means the parser broke. */
function expectSound(result: ParseResult): void {
  if (result.ok) expect(PlanDocumentSchema.safeParse(result.plan).success).toBe(true);
  else expect(result.error.code).toBe('no_plan_structure');
}

const fragment = fc.constantFrom(
  '一、', '(一)', '1.', '(1)', '——', '(牵头单位:', ';责任单位:', '、', ')', '(', '2025年', '到2025年,', '达到', '以上', '%',
  '40家', '序号  指标202320242025指标属性', '预期性', '约束性', '\n', '\t', '〔2024〕', '每季度末20日前', '领导小组办公室设在',
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), length: fc.nat({ max: 60 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string(), fc.array(fragment).map((f) => f.join(''))) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(lines: readonly string[], mutations: readonly Mutation[]): string {
  const out = [...lines];
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'delete') out.splice(at, 1);
    else if (m.kind === 'duplicate') out.splice(at, 0, out[at] ?? '');
    else if (m.kind === 'swap') [out[at], out[m.to % Math.max(1, out.length)]] = [out[m.to % Math.max(1, out.length)] ?? '', out[at] ?? ''];
    else if (m.kind === 'truncate') out[at] = (out[at] ?? '').slice(0, m.length);
    else out.splice(at, 0, m.text);
  }
  return out.join('\n');
}

describe('the parser never throws (property-based)', () => {
  it('on random text, including plan-like fragments', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.array(fragment, { maxLength: 80 }).map((f) => f.join(''))), (text) => {
        expectSound(parsePlanText(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on the Helan plan with lines deleted, duplicated, swapped, cut and inserted', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 25 }), (mutations) => {
        expectSound(parsePlanText(mutate(helanLines, mutations)));
      }),
      { numRuns: 150 },
    );
  });

  it('on random bytes, zip-like bytes and cut-up HTML', async () => {
    const html = helanAsHtml(helan);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
          fc.tuple(fc.nat({ max: html.length }), fc.nat({ max: html.length })).map(([a, b]) => Buffer.from(html.slice(Math.min(a, b), Math.max(a, b)))),
        ),
        async (bytes) => {
          expectSound(await parsePlanDocument(bytes));
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('parsePlanDocument on files that are not plans', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'binary'],
    ['a legacy .doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '.doc'],
    ['a PDF', Buffer.from('%PDF-1.7\n'), 'PDF'],
    ['a broken .docx', Buffer.from('PK\u0003\u0004 not really a zip'), 'docx'],
    ['a news article', Buffer.from('贺兰县召开全县经济工作会议。会议指出,今年以来全县经济运行平稳。'), 'no tasks'],
  ])('says no plan structure was found in %s, and why', async (_name, bytes, reason) => {
    const result = await parsePlanDocument(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'no_plan_structure' });
    expect(result.error.message).toContain(reason);
    expect(result.error.lookedFor.length).toBeGreaterThan(0);
  });
});
