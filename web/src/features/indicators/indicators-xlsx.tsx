import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Table, Upload } from 'antd';
import { useState } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { sheetProblemsOf } from '../units/units-api';
import type { SheetProblem } from '../units/unit-types';
import type { IndicatorImportSummary } from './indicator-types';
import { useDownloadIndicators, useImportIndicatorValues } from './indicators-api';

type Result = { kind: 'imported'; summary: IndicatorImportSummary } | { kind: 'refused'; problems: SheetProblem[] } | { kind: 'failed'; error: unknown };

/**
 * The indicator table as .xlsx (actuals and status; also the bulk-entry template) and its upload:
 * a refused workbook changes nothing and lists every problem by row and column. Only accounts
 * that enter values (the office, providing units) get the upload.
 */
export function IndicatorsXlsx({ planId, year, canUpload }: { planId: string; year: number; canUpload: boolean }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const download = useDownloadIndicators(t('indicators.xlsx.fileName'));
  const importValues = useImportIndicatorValues(planId);
  const [result, setResult] = useState<Result>();

  const upload = (file: File) =>
    importValues.mutate(file, {
      onSuccess: (summary) => setResult({ kind: 'imported', summary }),
      onError: (error) => {
        const problems = sheetProblemsOf(error);
        setResult(problems.length > 0 ? { kind: 'refused', problems } : { kind: 'failed', error });
      },
    });

  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        loading={download.isPending}
        onClick={() => download.mutate({ planId, year }, { onError: (error) => void message.error(t(errorMessageKey(error))) })}
        data-testid="indicators-download"
      >
        {t('indicators.xlsx.download')}
      </Button>
      {canUpload && (
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          maxCount={1}
          beforeUpload={(file) => {
            upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={importValues.isPending} data-testid="indicators-upload">
            {t('indicators.xlsx.upload')}
          </Button>
        </Upload>
      )}
      <Modal
        open={result !== undefined}
        title={t('indicators.xlsx.resultTitle')}
        onCancel={() => setResult(undefined)}
        footer={<Button type="primary" onClick={() => setResult(undefined)} data-testid="indicators-import-close">{t('common.close')}</Button>}
        width={result?.kind === 'refused' ? 720 : 480}
        destroyOnHidden
      >
        {result?.kind === 'failed' && <Alert type="error" showIcon title={t(errorMessageKey(result.error))} />}
        {result?.kind === 'imported' && (
          <Alert type="success" showIcon data-testid="indicators-import-summary" title={t('indicators.xlsx.done', { entered: result.summary.entered, unchanged: result.summary.unchanged })} />
        )}
        {result?.kind === 'refused' && (
          <div data-testid="indicators-import-problems">
            <Alert type="error" showIcon title={t('units.import.refused', { count: result.problems.length })} style={{ marginBottom: 16 }} />
            <Table
              size="small"
              rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
              columns={[
                { title: t('units.import.row'), dataIndex: 'row', width: 70, render: (row: number) => (row > 0 ? row : '—') },
                { title: t('units.import.column'), dataIndex: 'column', width: 70, render: (column: string) => column || '—' },
                { title: t('units.import.problem'), dataIndex: 'message' },
              ]}
              dataSource={result.problems}
              pagination={result.problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            />
          </div>
        )}
      </Modal>
    </>
  );
}
