import { Button, Form, Input, Skeleton } from 'antd';
import { useEffect } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useDocumentSettings, useSaveDocumentSettings } from './documents-api';
import { copyToLine, copyToList } from './document-text';

interface Values {
  numberPrefix: string;
  issuer: string;
  recipients: string;
  copyTo: string;
}

/** The office sets the 机关代字 (贺创新办 → 贺创新办〔2025〕3号), the issuer and the usual addressees. */
export function SettingsForm({ planId }: { planId: string }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const settings = useDocumentSettings(planId);
  const save = useSaveDocumentSettings(planId);
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (settings.data) form.setFieldsValue({ ...settings.data, copyTo: copyToLine(settings.data.copyTo) });
  }, [settings.data, form]);
  const onFinish = (values: Values) =>
    save.mutate(
      { ...values, copyTo: copyToList(values.copyTo) },
      { onSuccess: () => void message.success(t('documents.settings.saved')), onError: (error) => void message.error(t(errorMessageKey(error))) },
    );
  return (
    <>
      {settings.isPending ? (
        <Skeleton active />
      ) : (
        <Form form={form} layout="vertical" onFinish={onFinish} data-testid="documents-settings">
          <Form.Item name="numberPrefix" label={t('documents.settings.prefix')} extra={t('documents.settings.prefixHint')} rules={[{ required: true, min: 2, max: 20, message: t('documents.settings.prefixRule') }, { pattern: /^[^〔〕[\]()（）\d\s号]+$/, message: t('documents.settings.prefixRule') }]}>
            <Input style={{ maxWidth: 240 }} data-testid="documents-settings-prefix" />
          </Form.Item>
          <Form.Item name="issuer" label={t('documents.field.issuer')} rules={[{ required: true, min: 2, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="recipients" label={t('documents.field.recipients')} rules={[{ max: 300 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="copyTo" label={t('documents.field.copyTo')} extra={t('documents.field.copyToHint')}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="documents-settings-save">
            {t('common.save')}
          </Button>
        </Form>
      )}
    </>
  );
}
