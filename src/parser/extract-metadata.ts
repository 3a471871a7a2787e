import type { Metadata } from './plan-document.schema';
import { canonicalDocumentNumber, readLabeledFields } from './labeled-fields';
import { findDate, isDateLine } from './parse-date';
import { splitTopLevel } from './split-top-level';

export interface MetadataRead {
  metadata: Omit<Metadata, 'period'>;
  /** Index (0-based) of the line where the plan itself begins (its title, else its first heading). */
  bodyStart: number;
  lines: Partial<Record<'title' | 'documentNumber' | 'signDate' | 'recipients', number>>;
}

const PLAN_TITLE = /(方案|规划|计划|要点|意见|办法|清单|纲要|措施|细则)$/;
const ORGANISATION = /(办公室|委员会|人民政府|政府|党委|党组|党工委|局|委|部|办|厅|院|会|室|中心|公司|小组)$/;

/**
 * Reads the notice around the plan: the disclosure page's labelled fields (索引号, 文号, …), the
 * notice title (…关于印发《X》的通知), its recipients (主送, the line ending in a colon), the
 * issuers and date of the signature block, and the (此件公开发布) note. Only the preamble is read,
 * so a document cited in the plan's text (国科发农〔2023〕76号) is never taken for its own number.
 */
export function extractMetadata(lines: readonly string[], firstHeadingIndex: number): MetadataRead {
  const limit = firstHeadingIndex >= 0 ? firstHeadingIndex : Math.min(lines.length, 60);
  const noticeIndex = lines.slice(0, limit).findIndex((l) => /关于.{0,60}的(通知|意见|决定|批复|函)\s*$/.test(l.trim()));
  const noticeTitle = noticeIndex >= 0 ? (lines[noticeIndex] ?? '').trim() : null;
  const quoted = noticeTitle === null ? null : (/《([^》]+)》/.exec(noticeTitle)?.[1] ?? null);
  const titleIndex = findTitleIndex(lines, limit, noticeIndex, quoted);
  const title = quoted ?? (titleIndex >= 0 ? (lines[titleIndex] ?? '').trim() : null);
  const bodyStart = titleIndex >= 0 ? titleIndex : limit;
  const preamble = lines.slice(0, bodyStart);
  const fields = readLabeledFields(preamble);
  const signIndex = lastIndexWhere(preamble, isDateLine);
  const recipientIndex = preamble.findIndex((l, i) => i > noticeIndex && isRecipientLine(l));
  const issuers = signIndex >= 0 ? signatureIssuers(preamble, signIndex) : [];
  const documentNumber =
    canonicalDocumentNumber(fields.documentNumber?.value ?? '') ??
    canonicalDocumentNumber(preamble.find((l) => l.trim().length <= 30 && canonicalDocumentNumber(l) !== null) ?? '');
  return {
    metadata: {
      title,
      noticeTitle,
      issuers: issuers.length > 0 ? issuers : titleIssuers(noticeTitle, fields.publisher?.value ?? null),
      documentNumber,
      indexNumber: fields.indexNumber?.value.split(/\s+/)[0] ?? null,
      publishDate: findDate(fields.publishDate?.value ?? ''),
      signDate: signIndex >= 0 ? findDate(preamble[signIndex] ?? '') : findDate(fields.signDate?.value ?? ''),
      recipients: recipientIndex >= 0 ? splitRecipients(preamble[recipientIndex] ?? '') : [],
      disclosure: fields.disclosure?.value ?? null,
      releaseNote: preamble.map((l) => /^\s*\((此件[^()]{1,20})\)\s*$/.exec(l)?.[1]).find((n) => n !== undefined) ?? null,
      keywords: (fields.keywords?.value ?? '').split(/[\s,、;]+/).filter((k) => k !== ''),
      publisher: fields.publisher?.value ?? null,
      category: fields.category?.value ?? null,
    },
    bodyStart,
    lines: {
      ...(titleIndex >= 0 ? { title: titleIndex + 1 } : {}),
      ...(fields.documentNumber ? { documentNumber: fields.documentNumber.line } : {}),
      ...(signIndex >= 0 ? { signDate: signIndex + 1 } : {}),
      ...(recipientIndex >= 0 ? { recipients: recipientIndex + 1 } : {}),
    },
  };
}

/** The plan's title line: the one the notice quotes, else a short line named like a plan. */
function findTitleIndex(lines: readonly string[], limit: number, noticeIndex: number, quoted: string | null): number {
  for (let i = noticeIndex + 1; i < limit; i += 1) {
    const text = (lines[i] ?? '').trim();
    if (quoted !== null ? text === quoted : text.length <= 50 && PLAN_TITLE.test(text) && !/[,。;:]/.test(text)) return i;
  }
  return -1;
}

function lastIndexWhere(lines: readonly string[], test: (line: string) => boolean): number {
  for (let i = lines.length - 1; i >= 0; i -= 1) if (test(lines[i] ?? '')) return i;
  return -1;
}

const isOrganisationLine = (text: string) => text.length >= 3 && text.length <= 30 && ORGANISATION.test(text) && !/[,。;:、]/.test(text);

/** The signature block: organisation names on the lines just above the date line. */
function signatureIssuers(lines: readonly string[], signIndex: number): string[] {
  const issuers: string[] = [];
  for (let i = signIndex - 1; i >= 0 && i >= signIndex - 12; i -= 1) {
    const text = (lines[i] ?? '').trim();
    if (text === '') continue;
    if (!isOrganisationLine(text)) break;
    issuers.unshift(text);
  }
  return issuers;
}

/** "中共贺兰县委办公室 贺兰县人民政府办公室 关于印发…" names its issuers before 关于. */
function titleIssuers(noticeTitle: string | null, publisher: string | null): string[] {
  const prefix = noticeTitle?.split('关于')[0]?.trim() ?? '';
  const names = prefix.split(/\s+/).filter(isOrganisationLine);
  if (names.length > 0) return names;
  return publisher !== null && publisher !== '' ? [publisher] : [];
}

function isRecipientLine(line: string): boolean {
  const text = line.trim();
  return text.length >= 4 && text.endsWith(':') && /[,、]|^各|单位:$|部门:$/.test(text) && !/[。]/.test(text);
}

function splitRecipients(line: string): string[] {
  return splitTopLevel(line.trim().replace(/:$/, ''), /[,、]/).filter((name) => name !== '');
}
