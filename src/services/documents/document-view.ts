import type { Repositories } from '../../db/store';
import type { OfficialDocumentRow } from '../../db/schema';
import type { Action, Actor } from '../../domain/authorization/policy';
import type { DocumentModel } from '../../domain/documents/document-model';
import { DocumentModelSchema } from '../../domain/documents/document-model.schema';
import { DomainError } from '../../domain/errors';
import { authorize } from '../authorize';
import { loadPlanWithRule } from '../reporting/load-plan';

/** A document as the API presents it: its state, its number once issued, and its model. */
export interface DocumentView {
  id: string;
  planId: string;
  kind: OfficialDocumentRow['kind'];
  periodKey: string;
  status: OfficialDocumentRow['status'];
  title: string;
  number: string | null;
  version: number;
  sha256: string | null;
  createdAt: string;
  updatedAt: string;
  issuedAt: string | null;
  model: DocumentModel;
}

export function toDocumentView(row: OfficialDocumentRow): DocumentView {
  return {
    id: row.id,
    planId: row.plan_id,
    kind: row.kind,
    periodKey: row.period_key,
    status: row.status,
    title: row.title,
    number: row.number,
    version: row.version,
    sha256: row.sha256,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    issuedAt: row.issued_at?.toISOString() ?? null,
    model: DocumentModelSchema.parse(row.model),
  };
}

/** A document of the actor's county that the actor may `action`; not_found for other counties. */
export async function loadDocument(repos: Repositories, actor: Actor, id: string, action: Extract<Action, `document.${string}`>) {
  const row = await repos.documents.find(id);
  if (!row) throw new DomainError('not_found', 'No such document.');
  const { plan } = await loadPlanWithRule(repos, actor, row.plan_id);
  authorize(actor, action, { kind: 'region', regionId: plan.region_id });
  return { row, plan };
}
