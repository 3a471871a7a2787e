import type { DocumentSettingsRow } from '../../db/documents.repository';
import type { Repositories, Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { defaultNumberPrefix } from '../../domain/documents/compose-document';
import { checkNumberPrefix } from '../../domain/documents/document-number';
import { DomainError } from '../../domain/errors';
import { recordAudit } from '../audit/record-audit';
import { authorize } from '../authorize';
import { loadPlanWithRule } from '../reporting/load-plan';
import type { RequestContext } from '../request-context';

export type DocumentSettings = Omit<DocumentSettingsRow, 'planId'>;

/**
 * How the plan's documents are numbered and addressed: as the office set it, else defaults from
 * the county and the leading group (贺创新办; 贺兰县创新型县建设领导小组办公室).
 */
export async function settingsOf(repos: Repositories, plan: { id: string; region_id: string; title: string }): Promise<DocumentSettings> {
  const saved = await repos.documents.findSettings(plan.id);
  if (saved) return { numberPrefix: saved.numberPrefix, issuer: saved.issuer, recipients: saved.recipients, copyTo: saved.copyTo };
  const [region, group] = await Promise.all([repos.org.findRegion(plan.region_id), repos.plans.findLeadingGroup(plan.id)]);
  const county = region?.name ?? '';
  return {
    numberPrefix: defaultNumberPrefix(county, group?.name ?? null),
    // 发文机关 carries the county's name: 贺兰县创新型县建设领导小组办公室.
    issuer: `${withCounty(county, group?.name ?? `${plan.title.replace(/实施方案$/u, '')}领导小组`)}办公室`,
    recipients: '各乡镇（场），县直各部门，各有关单位：',
    copyTo: ['县委、县人大、县政府、县政协主要领导', '县委县政府督查室'],
  };
}

const withCounty = (county: string, name: string) => (name.startsWith(county) ? name : `${county}${name}`);

export async function getDocumentSettings(store: Store, actor: Actor, planId: string): Promise<DocumentSettings> {
  const { plan } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'document.read', { kind: 'region', regionId: plan.region_id });
  return settingsOf(store.repos, plan);
}

/** The office sets the 机关代字, the issuer and the addressees of the plan's documents. Audited. */
export async function saveDocumentSettings(store: Store, actor: Actor, planId: string, input: DocumentSettings, ctx: RequestContext): Promise<DocumentSettings> {
  const problem = checkNumberPrefix(input.numberPrefix);
  if (problem) throw new DomainError('validation_failed', problem, { fields: [{ field: 'numberPrefix', message: problem }] });
  return store.transaction(async (repos) => {
    const { plan } = await loadPlanWithRule(repos, actor, planId);
    authorize(actor, 'document.manage', { kind: 'region', regionId: plan.region_id });
    const before = await settingsOf(repos, plan);
    const after = { ...input, numberPrefix: input.numberPrefix.trim() };
    await repos.documents.saveSettings({ planId, ...after, now: ctx.now });
    await recordAudit(repos, ctx, actor, { action: 'document.settings', outcome: 'success', object: { type: 'plan', id: planId }, details: { before, after } });
    return after;
  });
}
