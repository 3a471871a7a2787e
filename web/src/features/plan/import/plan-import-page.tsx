import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessageKey } from '../../../shared/api/error-message';
import { useI18n } from '../../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../../shared/layout/app-message';
import { usePlans } from '../plans-api';
import { notAPlanOf, useConfirmImport, useRepreview, useUploadPlan } from './import-api';
import { ImportPreviewView } from './import-preview';
import type { ImportPreview } from './import-types';
import { withOverride } from './import-labels';

const ACCEPT = '.txt,.html,.htm,.docx';

/**
 * 导入实施方案 (office): upload the official document, read the preview (metadata, what a
 * revision changes, the tasks, the units, what the check found), map new unit names onto the
 * registry where they mean an existing unit, then confirm. Nothing is saved before the confirm.
 */
export function PlanImportPage() {
  const { t, lang } = useI18n();
  const message = useAppMessage();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const revising = params.get('planId') ?? undefined;
  const upload = useUploadPlan();
  const repreview = useRepreview();
  const confirm = useConfirmImport();
  const [preview, setPreview] = useState<ImportPreview>();
  const [overrides, setOverrides] = useState<Record<string, string>>({});

  const onFile = (file: File) => {
    setPreview(undefined);
    setOverrides({});
    upload.mutate({ file, planId: revising }, { onSuccess: setPreview });
  };
  const onMapUnit = (name: string, unitId: string | undefined) => {
    if (preview === undefined) return;
    const next = withOverride(overrides, name, unitId);
    setOverrides(next);
    repreview.mutate(
      { importId: preview.importId, unitOverrides: next },
      { onSuccess: setPreview, onError: (error) => void message.error(t(errorMessageKey(error))) },
    );
  };
  const onConfirm = () => {
    if (preview === undefined) return;
    confirm.mutate(
      { importId: preview.importId, unitOverrides: overrides },
      {
        onSuccess: ({ planId }) => {
          void message.success(t('planImport.confirmed'));
          void navigate(`/plan/${planId}`);
        },
        onError: (error) => void message.error(t(errorMessageKey(error))),
      },
    );
  };
  const notAPlan = notAPlanOf(upload.error, lang);

  return (
    <Flex vertical gap={16} data-testid="plan-import-page">
      <Typography.Title level={3} style={{ margin: 0 }}>{t('planImport.title')}</Typography.Title>
      <Card>
        <Flex vertical gap={12}>
          <Flex wrap gap={8} align="center">
            <Typography.Text>{t('planImport.target')}</Typography.Text>
            <Select
              value={revising ?? ''}
              style={{ minWidth: 260, maxWidth: '100%' }}
              aria-label={t('planImport.target')}
              loading={plans.isPending}
              options={[
                { value: '', label: t('planImport.newPlan') },
                ...(plans.data ?? []).map((plan) => ({ value: plan.id, label: t('planImport.revisionOf', { title: plan.title }) })),
              ]}
              onChange={(value: string) => {
                setPreview(undefined);
                setParams(value === '' ? {} : { planId: value }, { replace: true });
              }}
              data-testid="plan-import-target"
            />
          </Flex>
          <Upload.Dragger
            accept={ACCEPT}
            showUploadList={false}
            maxCount={1}
            disabled={upload.isPending}
            beforeUpload={(file) => {
              onFile(file);
              return false; // sent by the API client, with its headers and error handling
            }}
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{upload.isPending ? t('planImport.reading') : t('planImport.drop')}</p>
            <p className="ant-upload-hint">{t('planImport.hint')}</p>
          </Upload.Dragger>
          {notAPlan && (
            <Alert
              type="error"
              showIcon
              title={notAPlan.message}
              description={
                notAPlan.lookedFor.length > 0 && (
                  <>
                    <Typography.Text>{t('planImport.lookedFor')}</Typography.Text>
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {notAPlan.lookedFor.map((item) => <li key={item}>{item}</li>)}
                    </ul>
                  </>
                )
              }
              data-testid="plan-import-not-a-plan"
            />
          )}
          {upload.isError && !notAPlan && <Alert type="error" showIcon title={t(errorMessageKey(upload.error))} />}
        </Flex>
      </Card>
      {preview && (
        <>
          <ImportPreviewView preview={preview} overrides={overrides} onMapUnit={onMapUnit} recomputing={repreview.isPending} />
          <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 5 }}>
            <Flex wrap gap={8} align="center" justify="space-between">
              <Typography.Text type="secondary">
                {preview.planId ? t('planImport.confirmHint.revision') : t('planImport.confirmHint.new')}
              </Typography.Text>
              <Button type="primary" loading={confirm.isPending} disabled={repreview.isPending} onClick={onConfirm} data-testid="plan-import-confirm">
                {t('planImport.confirm')}
              </Button>
            </Flex>
          </Card>
        </>
      )}
    </Flex>
  );
}
