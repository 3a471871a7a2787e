import { Button, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useReviewValue } from './indicators-api';

/** The office's 通过 / 退回 on a submitted value; returning asks why (the unit sees the reason). */
export function ReviewButtons({ valueId, testKey }: { valueId: string; testKey: string }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const review = useReviewValue();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const act = (accept: boolean) =>
    review.mutate(
      { valueId, accept, ...(accept ? {} : { reason }) },
      {
        onSuccess: () => {
          setReturning(false);
          void message.success(t(accept ? 'indicators.review.accepted' : 'indicators.review.returned'));
        },
        onError: (error) => void message.error(t(errorMessageKey(error))),
      },
    );
  return (
    <Flex gap={8}>
      <Button size="small" type="primary" loading={review.isPending} onClick={() => act(true)} data-testid={`value-accept-${testKey}`}>
        {t('indicators.review.accept')}
      </Button>
      <Button size="small" danger onClick={() => setReturning(true)} data-testid={`value-return-${testKey}`}>
        {t('indicators.review.return')}
      </Button>
      <Modal
        open={returning}
        title={t('indicators.review.returnTitle')}
        okText={t('indicators.review.return')}
        okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: review.isPending }}
        onOk={() => act(false)}
        onCancel={() => setReturning(false)}
        destroyOnHidden
      >
        <Input.TextArea id="value-return-reason" rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('indicators.review.reasonHint')} />
      </Modal>
    </Flex>
  );
}
