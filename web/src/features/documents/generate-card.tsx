import { Button, Card, Flex, Select } from 'antd';
import { useState } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import type { Period } from '../reports/periods-api';
import { useDownloadPeriodXlsx, useGenerateDocument } from './documents-api';
import { KIND_LABELS } from './document-labels';
import { DOCUMENT_KINDS, type DocumentDetail, type DocumentKind } from './documents-types';

/**
 * For one opened period: the office generates a circular, a leadership report or a meeting pack
 * from the data; everyone here can take the period's Excel tables (report compilation, timeliness).
 */
export function GenerateCard(props: { planId: string; periods: readonly (Period & { id: string })[]; period: Period & { id: string }; onPeriod: (key: string) => void; canManage: boolean; onGenerated: (d: DocumentDetail) => void }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const [kind, setKind] = useState<DocumentKind>('circular');
  const generate = useGenerateDocument(props.planId);
  const download = useDownloadPeriodXlsx();
  const onError = (error: unknown) => void message.error(t(errorMessageKey(error)));
  const exportXlsx = (which: 'reports' | 'timeliness') =>
    download.mutate({ periodId: props.period.id, which, fallbackName: `${props.period.key}.xlsx` }, { onError });

  return (
    <Card title={t('documents.generateTitle')}>
      <Flex wrap gap={8} align="center">
        <Select
          value={props.period.key}
          style={{ minWidth: 120 }}
          aria-label={t('timeliness.choosePeriod')}
          options={props.periods.map((p) => ({ value: p.key, label: p.key }))}
          onChange={props.onPeriod}
          data-testid="documents-period"
        />
        {props.canManage && (
          <>
            <Select value={kind} style={{ minWidth: 160 }} aria-label={t('documents.kindLabel')} options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(KIND_LABELS[k]) }))} onChange={setKind} data-testid="documents-kind" />
            <Button
              type="primary"
              loading={generate.isPending}
              onClick={() => generate.mutate({ kind, periodKey: props.period.key }, { onSuccess: (d) => (void message.success(t('documents.generated')), props.onGenerated(d)), onError })}
              data-testid="documents-generate"
            >
              {t('documents.generate')}
            </Button>
          </>
        )}
        <Button onClick={() => exportXlsx('reports')} loading={download.isPending && download.variables.which === 'reports'} data-testid="documents-export-reports">
          {t('documents.exportReports')}
        </Button>
        <Button onClick={() => exportXlsx('timeliness')} loading={download.isPending && download.variables.which === 'timeliness'} data-testid="documents-export-timeliness">
          {t('documents.exportTimeliness')}
        </Button>
      </Flex>
    </Card>
  );
}
