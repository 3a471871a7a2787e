import { describe, expect, it } from 'vitest';
import { parsePlanText } from '../../src/parser';
import { generateCounty } from './county';
import { renderPlanText } from './plan-text';

describe('a synthetic plan document', () => {
  // Both indicator layouts and a spread of shapes: the parser must read back what was written.
  it.each(Array.from({ length: 12 }, (_, i) => i))('county %i reads back as the plan it was written from', (index) => {
    const { plan } = generateCounty('plan-text', index, { startYear: 2023 });
    const parsed = parsePlanText(renderPlanText(plan));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const document = parsed.plan;
    expect(document.metadata).toMatchObject({ title: plan.title, documentNumber: plan.documentNumber, period: { startYear: 2023, endYear: 2025 } });
    expect(document.sections.map((s) => s.title)).toEqual(plan.sections.map((s) => s.title));
    const expected = plan.sections.flatMap((s) => s.tasks).map((t) => ({ number: t.number, leadUnits: [t.lead], responsibleUnits: t.responsible }));
    const read = document.sections.flatMap((s) => s.tasks).map((t) => ({ number: t.number, leadUnits: t.leadUnits, responsibleUnits: t.responsibleUnits }));
    expect(read).toEqual(expected);
    expect(document.indicators.map((i) => Object.values(i.targets))).toEqual(plan.indicators.map((i) => i.values));
    expect(document.rules.reporting).toMatchObject({ cadence: 'quarterly', dueDay: plan.dueDay });
    expect(document.rules.office?.hostUnit).toBe(plan.officeHost);
    expect(document.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('has task texts as long as Helan\'s (about 100 to 450 characters)', () => {
    const { plan } = generateCounty('plan-text', 0, { startYear: 2023 });
    for (const task of plan.sections.flatMap((s) => s.tasks)) {
      expect(task.body.length).toBeGreaterThan(60);
      expect(task.body.length).toBeLessThan(450);
    }
  });
});
