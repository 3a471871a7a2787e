import ExcelJS from 'exceljs';
import type { AuditRecordView } from '../services/audit/search-audit';
import { addBodyRow, addTableSheet } from './xlsx-sheet';

const OUTCOME_ZH: Record<AuditRecordView['outcome'], string> = { success: '成功', failure: '失败', denied: '拒绝' };

/** An audit extract for inspectors: one row per record, times in the county's zone. */
export async function writeAuditXlsx(records: readonly AuditRecordView[], title: string, timeZone: string, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  workbook.created = createdAt;
  const sheet = addTableSheet(workbook, '审计日志', title, [
    { header: '时间', width: 20 },
    { header: '账号', width: 14 },
    { header: '单位', width: 18 },
    { header: 'IP 地址', width: 16 },
    { header: '操作', width: 24 },
    { header: '对象', width: 14 },
    { header: '对象名称', width: 30 },
    { header: '对象标识', width: 38 },
    { header: '结果', width: 8 },
    { header: '详情', width: 60 },
    { header: '客户端', width: 40 },
  ]);
  const format = new Intl.DateTimeFormat('zh-CN', { timeZone, dateStyle: 'short', timeStyle: 'medium', hour12: false });
  for (const r of records) {
    addBodyRow(sheet, [
      format.format(new Date(r.occurredAt)),
      r.login,
      r.unitName,
      r.ip,
      r.action,
      r.objectType,
      r.objectLabel,
      r.objectId,
      OUTCOME_ZH[r.outcome],
      r.details === null ? '' : JSON.stringify(r.details),
      r.userAgent,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
