import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Modal, Table, Upload, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import type { ImportSummary, SheetProblem } from './unit-types';
import { sheetProblemsOf, useImportUnits } from './units-api';

type ImportResult =
  | { kind: 'imported'; summary: ImportSummary }
  | { kind: 'refused'; problems: SheetProblem[] }
  | { kind: 'failed'; error: unknown };

/**
 * 导入: pick an edited registry (.xlsx, the export is the template) and upload it. The result
 * opens in a dialog: what changed, or every problem with its row and column so the clerk can fix
 * the file. A refused file changes nothing.
 */
export function UnitImportButton() {
  const { t } = useI18n();
  const importUnits = useImportUnits();
  const [result, setResult] = useState<ImportResult>();

  const upload = (file: File) => {
    importUnits.mutate(file, {
      onSuccess: (summary) => setResult({ kind: 'imported', summary }),
      onError: (error) => {
        const problems = sheetProblemsOf(error);
        setResult(problems.length > 0 ? { kind: 'refused', problems } : { kind: 'failed', error });
      },
    });
  };

  return (
    <>
      <Upload
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        showUploadList={false}
        maxCount={1}
        beforeUpload={(file) => {
          upload(file);
          return false; // we send it ourselves, with the API client's headers and error handling
        }}
      >
        <Button icon={<UploadOutlined />} loading={importUnits.isPending} data-testid="unit-import">
          {t('units.import')}
        </Button>
      </Upload>
      <Modal
        open={result !== undefined}
        title={t('units.import.resultTitle')}
        onCancel={() => setResult(undefined)}
        footer={<Button type="primary" onClick={() => setResult(undefined)}>{t('common.close')}</Button>}
        width={result?.kind === 'refused' ? 720 : 480}
        destroyOnHidden
      >
        {result && <ImportResultView result={result} />}
      </Modal>
    </>
  );
}

function ImportResultView({ result }: { result: ImportResult }) {
  const { t } = useI18n();
  if (result.kind === 'failed') return <Alert type="error" showIcon title={t(errorMessageKey(result.error))} />;
  if (result.kind === 'imported') {
    const { created, updated, unchanged } = result.summary;
    return (
      <div data-testid="unit-import-summary">
        <Alert type="success" showIcon title={t('units.import.done')} style={{ marginBottom: 16 }} />
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            { key: 'created', label: t('units.import.created'), children: created },
            { key: 'updated', label: t('units.import.updated'), children: updated },
            { key: 'unchanged', label: t('units.import.unchanged'), children: unchanged },
          ]}
        />
      </div>
    );
  }
  const columns: TableColumnsType<SheetProblem & { key: number }> = [
    { title: t('units.import.row'), dataIndex: 'row', width: 80, render: (row: number) => (row > 0 ? row : '—') },
    { title: t('units.import.column'), dataIndex: 'column', width: 80, render: (column: string) => column || '—' },
    { title: t('units.import.problem'), dataIndex: 'message' },
  ];
  return (
    <div data-testid="unit-import-problems">
      <Alert type="error" showIcon title={t('units.import.refused', { count: result.problems.length })} style={{ marginBottom: 16 }} />
      <Table
        size="small"
        columns={columns}
        dataSource={result.problems.map((problem, key) => ({ ...problem, key }))}
        pagination={result.problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      />
    </div>
  );
}
