import { describe, expect, it } from 'vitest';
import { countyShortName, generateCounty } from './county';

const START = { startYear: 2023 };

describe('synthetic counties', () => {
  it('are the same for the same seed and differ for another', () => {
    expect(generateCounty('s', 4, START)).toEqual(generateCounty('s', 4, START));
    expect(generateCounty('s', 4, START).plan).not.toEqual(generateCounty('t', 4, START).plan);
  });

  it('have distinct names and region codes that are not real divisions', () => {
    const names = Array.from({ length: 400 }, (_, i) => countyShortName(i));
    expect(new Set(names).size).toBe(400);
    expect(countyShortName(400)).not.toBe(countyShortName(0));
    expect(generateCounty('s', 0, START).region).toEqual({ code: '990001', name: `${countyShortName(0)}县` });
  });

  it('register every unit once, and a reporter for every unit but the supervision office', () => {
    const county = generateCounty('s', 7, START);
    const names = county.units.map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
    expect(county.townshipGroup.members.length).toBeGreaterThanOrEqual(4);
    expect(county.townshipGroup.members.every((m) => names.includes(m))).toBe(true);
    const reporters = county.accounts.filter((a) => a.roles.includes('unit_reporter'));
    expect(reporters).toHaveLength(county.units.length - 1);
    expect(county.accounts.every((a) => /^[A-Za-z0-9_.@-]{2,64}$/.test(a.login))).toBe(true);
  });

  it('name only registered units in the plan, the office host leading some tasks', () => {
    const county = generateCounty('s', 2, START);
    const registered = new Set([...county.units.map((u) => u.name), county.townshipGroup.name]);
    const tasks = county.plan.sections.flatMap((s) => s.tasks);
    expect(tasks.length).toBeGreaterThanOrEqual(10);
    expect(tasks.map((t) => t.number)).toEqual(tasks.map((_, i) => i + 1));
    expect(tasks.flatMap((t) => [t.lead, ...t.responsible]).every((name) => registered.has(name))).toBe(true);
    expect(registered.has(county.plan.officeHost)).toBe(true);
  });
});
