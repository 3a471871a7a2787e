import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { useSeededApp } from '../../../../test/seeded-demo-app';
import { multipartBody } from '../../../../test/multipart';


async function sheetOf(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { workbook, sheet: workbook.getWorksheet('指标填报')! };
}

/** The body rows of the template: sheet row number, 序号 and 报告期. */
function bodyRows(sheet: ExcelJS.Worksheet) {
  const rows: Array<{ n: number; number: number; period: string }> = [];
  for (let n = 3; n <= sheet.rowCount; n++) rows.push({ n, number: Number(sheet.getRow(n).getCell(1).value), period: String(sheet.getRow(n).getCell(6).value) });
  return rows;
}

describeEachDatabase('indicator .xlsx: export, fill, import', (get) => {
  const seeded = useSeededApp(get, '2024-03-01T02:00:00Z');
  const { units } = seeded;

  const as = async (login: string) => {
    const cookie = await seeded.signIn(login);
    return {
      get: (url: string) => seeded.app.inject({ method: 'GET', url, headers: { cookie } }),
      put: (url: string, payload: object) => seeded.app.inject({ method: 'PUT', url, headers: { cookie }, payload }),
      upload: (bytes: Buffer) => {
        const body = multipartBody('file', '指标填报.xlsx', bytes);
        return seeded.app.inject({ method: 'POST', url: `/api/plans/${seeded.planId}/indicators/import`, headers: { cookie, 'content-type': body.contentType }, payload: body.body });
      },
    };
  };
  const listed = async () => (await (await as('office')).get(`/api/plans/${seeded.planId}/indicators?year=2023`)).json().indicators as Array<{ id: string; number: number; status: string; values: Array<{ period: string; value: number; source: string; status: string }> }>;

  it('round-trips: the office exports 2023, fills every indicator, and each value enters review', async () => {
    const office = await as('office');
    const exported = await office.get(`/api/plans/${seeded.planId}/indicators/xlsx?year=2023`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('filename*=UTF-8');
    const { workbook, sheet } = await sheetOf(exported.rawPayload);
    const rows = bodyRows(sheet);
    // The 20 indicators of the annual table, then the 19 overall goals it does not measure (21–39).
    expect(rows.map((r) => r.number)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    expect(rows.every((r) => r.period === '2023年')).toBe(true);
    expect(sheet.getRow(3).getCell(2).value).toContain('研发投入强度');
    expect(sheet.getRow(3).getCell(7).value).toBe(1.2); // the 2023 target
    expect(sheet.getRow(3).getCell(10).value).toBe('暂无数据');
    for (const r of rows) {
      sheet.getRow(r.n).getCell(12).value = r.number * 10;
      sheet.getRow(r.n).getCell(13).value = '2023年统计公报';
    }
    const imported = await office.upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(imported.json()).toEqual({ entered: 39, unchanged: 0 });
    const indicators = await listed();
    expect(indicators.map((i) => i.values.find((v) => v.period === '2023'))).toEqual(
      indicators.map((i) => expect.objectContaining({ value: i.number * 10, source: '2023年统计公报', status: 'submitted' })),
    );

    // The same file again changes nothing; the fresh export now carries the actuals and status.
    expect((await office.upload(Buffer.from(await workbook.xlsx.writeBuffer()))).json()).toEqual({ entered: 0, unchanged: 39 });
    const again = (await sheetOf((await office.get(`/api/plans/${seeded.planId}/indicators/xlsx?year=2023`)).rawPayload)).sheet;
    expect([again.getRow(3).getCell(8).value, again.getRow(3).getCell(9).value, again.getRow(3).getCell(10).value]).toEqual([10, '待审核', '已达标']);
  });

  it('refuses the whole file when any row is wrong, naming row, column and reason, and saves nothing', async () => {
    const office = await as('office');
    const { workbook, sheet } = await sheetOf((await office.get(`/api/plans/${seeded.planId}/indicators/xlsx?year=2024`)).rawPayload);
    sheet.getRow(3).getCell(12).value = 1.3;
    sheet.getRow(4).getCell(12).value = '很多';
    sheet.getRow(5).getCell(1).value = 99;
    sheet.getRow(5).getCell(12).value = 5;
    sheet.getRow(6).getCell(6).value = '2024年第2季度'; // indicator 4 is tracked yearly
    sheet.getRow(6).getCell(12).value = 5;
    const refused = await office.upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.problems).toEqual([
      { row: 4, column: 'L', message: '填报值“很多”不是数字' },
      { row: 5, column: 'A', message: '序号99不是本方案的指标' },
      { row: 6, column: 'F', message: '该指标按年度填报，不能填报季度值' },
    ]);
    expect((await listed()).flatMap((i) => i.values.filter((v) => v.period.startsWith('2024')))).toEqual([]);
  });

  it('gives a providing unit only its own indicators, and refuses rows of indicators it does not provide', async () => {
    const office = await as('office');
    const first = (await listed()).find((i) => i.number === 1)!;
    await office.put(`/api/indicators/${first.id}/settings`, { baselineYear: 2022, baselineValue: 1.1, providerUnitId: units.get('科技和工信局'), tracking: 'quarterly_point', tolerance: null });
    const kjgx = await as('kjgx');
    const { workbook, sheet } = await sheetOf((await kjgx.get(`/api/plans/${seeded.planId}/indicators/xlsx?year=2024`)).rawPayload);
    expect(bodyRows(sheet).map((r) => `${r.number} ${r.period}`)).toEqual(['1 2024年', '1 2024年第1季度', '1 2024年第2季度', '1 2024年第3季度', '1 2024年第4季度']);
    sheet.getRow(4).getCell(12).value = 1.26;
    sheet.getRow(5).getCell(1).value = 2;
    sheet.getRow(5).getCell(12).value = 2.2;
    const refused = await kjgx.upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(refused.json().error.details.problems).toEqual([{ row: 5, column: 'A', message: '无权填报第2项指标（该指标由其他单位填报）' }]);
    sheet.getRow(5).getCell(12).value = null;
    expect((await kjgx.upload(Buffer.from(await workbook.xlsx.writeBuffer()))).json()).toEqual({ entered: 1, unchanged: 0 });
    expect((await listed()).find((i) => i.number === 1)?.values.map((v) => v.period)).toEqual(['2023', '2024Q1']);
  });
});
