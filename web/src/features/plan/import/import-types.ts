import type { UnitKind } from '../../units/unit-types';
import type { Finding } from '../plan-types';

/**
 * The import preview (POST /api/plans/imports, .../preview): the parsed PlanDocument (only the
 * parts the preview shows are typed here; docs/plan-format.md has all of it), how its units map
 * onto the registry, and what it changes in the plan it revises.
 */
export interface DocumentTarget {
  metric: string;
  comparator: string;
  value: number;
  maxValue: number | null;
  unit: string | null;
  year: number | null;
  cadence: string;
  kind: string;
  text: string;
  line: number;
}

export interface DocumentTask {
  number: number;
  title: string;
  text: string;
  leadUnits: string[];
  responsibleUnits: string[];
  cooperatingUnits: string[];
  targets: DocumentTarget[];
  line: number;
  endLine: number;
}

export interface DocumentSection {
  number: string;
  title: string;
  line: number;
  tasks: DocumentTask[];
}

export interface DocumentIndicator {
  number: number;
  name: string;
  unit: string | null;
  targets: Record<string, number>;
  attribute: 'expected' | 'binding' | null;
  direction: 'higher' | 'lower';
  line: number;
}

export interface DocumentMetadata {
  title: string | null;
  noticeTitle: string | null;
  issuers: string[];
  documentNumber: string | null;
  indexNumber: string | null;
  publishDate: string | null;
  signDate: string | null;
  recipients: string[];
  keywords: string[];
  publisher: string | null;
  period: { startYear: number; endYear: number } | null;
}

export interface PlanDocument {
  source: { fileName: string | null; format: 'text' | 'html' | 'docx'; encoding: string | null; lineCount: number };
  metadata: DocumentMetadata;
  goals: DocumentTarget[];
  indicators: DocumentIndicator[];
  sections: DocumentSection[];
  findings: (Finding & { line: number | null; lines: number[] })[];
}

export type UnitResolution =
  | { name: string; status: 'matched'; unitId: string; registryName: string }
  | { name: string; status: 'new'; kind: UnitKind; aliases: string[]; suspectedDuplicates: string[] };

export interface ItemChanges {
  added: number[];
  removed: number[];
  changed: { number: number; fields: string[] }[];
  unchanged: number;
}

export interface ImportPreview {
  importId: string;
  fileName: string;
  /** The plan this document revises; null for a new plan. */
  planId: string | null;
  confirmedAt: string | null;
  document: PlanDocument;
  units: UnitResolution[];
  changes: { tasks: ItemChanges; indicators: ItemChanges };
}

/** Plan name of a unit → the registry unit it means. */
export type UnitOverrides = Readonly<Record<string, string>>;
