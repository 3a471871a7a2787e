import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePeriod, periodLabel, readIndicatorsXlsx, writeIndicatorsXlsx, type IndicatorSheetRow } from './indicators-xlsx';

const row = (overrides: Partial<IndicatorSheetRow>): IndicatorSheetRow => ({
  number: 10,
  name: '科技型中小企业',
  unit: '个',
  attribute: '预期性',
  providerName: '科技和工信局',
  period: '2023',
  target: 160,
  currentValue: null,
  reviewState: '',
  status: '暂无数据',
  explanation: '尚未填报实际值。',
  ...overrides,
});

/** Fills 填报值 / 数据来源 / 备注 (columns L–N) of the given sheet rows, as a clerk would in Excel. */
async function fill(bytes: Buffer, entries: Record<number, [unknown, string?, string?]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0]!;
  for (const [n, [value, source, note]] of Object.entries(entries)) {
    const r = sheet.getRow(Number(n));
    r.getCell(12).value = value as ExcelJS.CellValue;
    if (source !== undefined) r.getCell(13).value = source;
    if (note !== undefined) r.getCell(14).value = note;
    r.commit();
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the indicator workbook', () => {
  it('names periods as a clerk reads them and reads back what a clerk types', () => {
    expect(periodLabel('2023')).toBe('2023年');
    expect(periodLabel('2024Q2')).toBe('2024年第2季度');
    expect(['2024年第2季度', '2024Q2', '2024q2', '2024年二季度', '2024 年 第2季度'].map(parsePeriod)).toEqual(Array(5).fill('2024Q2'));
    expect(parsePeriod('2023年')).toBe('2023');
    expect(parsePeriod('2023年第5季度')).toBeNull();
    expect(parsePeriod('去年')).toBeNull();
  });

  it('writes the table with actuals and status, and reads back only the rows a clerk filled', async () => {
    const written = await writeIndicatorsXlsx('贺兰县指标', [row({}), row({ period: '2023Q1', currentValue: 150, reviewState: '已通过' }), row({ number: 11, period: '2024' })], new Date('2024-01-01T00:00:00Z'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('指标填报')!;
    expect(sheet.getRow(2).getCell(12).value).toBe('填报值');
    expect([4, 6, 8, 9, 10].map((c) => sheet.getRow(4).getCell(c).value)).toEqual(['预期性', '2023年第1季度', 150, '已通过', '暂无数据']);

    const filled = await fill(written, { 3: [165, '2023年统计公报', '含新认定企业'], 5: ['1,234.5'] });
    expect(await readIndicatorsXlsx(filled)).toEqual({
      rows: [
        { sheetRow: 3, number: 10, name: '科技型中小企业', period: '2023', value: 165, source: '2023年统计公报', note: '含新认定企业' },
        { sheetRow: 5, number: 11, name: '科技型中小企业', period: '2024', value: 1234.5, source: '', note: '' },
      ],
      problems: [],
    });
  });

  it('reads a percentage typed with its % sign as the number the unit (%) expects', async () => {
    const written = await writeIndicatorsXlsx('贺兰县指标', [row({ unit: '%' }), row({ unit: '%', period: '2024' })], new Date('2024-01-01T00:00:00Z'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    // What Excel stores for "1.25%" typed into a cell: 0.0125, formatted as a percentage.
    sheet.getRow(3).getCell(12).value = 0.0125;
    sheet.getRow(3).getCell(12).numFmt = '0.00%';
    sheet.getRow(4).getCell(12).value = '1.32%';
    const { rows, problems } = await readIndicatorsXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([1.25, 1.32]);
  });

  it('names the row, the column and the reason, in Chinese, for every bad row', async () => {
    const written = await writeIndicatorsXlsx('贺兰县指标', [row({}), row({ period: '2024' })], new Date('2024-01-01T00:00:00Z'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(written as unknown as ExcelJS.Buffer);
    workbook.worksheets[0]!.getRow(4).getCell(6).value = '明年';
    const edited = await fill(Buffer.from(await workbook.xlsx.writeBuffer()), { 3: ['约170'], 4: [12, 'x'.repeat(501)] });
    expect((await readIndicatorsXlsx(edited)).problems).toEqual([
      { row: 3, column: 'L', message: '填报值“约170”不是数字' },
      { row: 4, column: 'F', message: '报告期“明年”无效，应如“2023年”或“2023年第2季度”' },
      { row: 4, column: 'M', message: '数据来源不能超过500字' },
    ]);
  });

  it('refuses a file that is not the template', async () => {
    expect((await readIndicatorsXlsx(Buffer.from('not a workbook'))).problems[0]?.message).toBe('文件不是有效的 Excel (.xlsx) 工作簿');
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['名称', '数值']);
    expect((await readIndicatorsXlsx(Buffer.from(await other.xlsx.writeBuffer()))).problems[0]?.message).toBe('找不到指标填报表的表头，请使用系统导出的模板');
  });
});
