// 档案策略 (R-ARCH-1 / R-USE-1): the archive-number pattern in force with a preview of the format,
// and per classification level the business roles that may read item detail (the item's
// custodian always may; access grants widen this per user). R-GOV-1: a policy value — shown here,
// changed only by a proposal on the 策略 page that the GM approves.
import { Alert, Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { archivePolicySchema, CUSTOMER_CATEGORIES } from '../../../electron/archive/contract/calls';
import { expandArchiveScope, withArchiveSeq } from '../../../electron/archive/contract/archiveNumber';
import { api, call } from '../../api';
import { useLoad } from '../../kit/useLoad';

const LEVELS = [0, 1, 2, 3] as const;

/** The format of a number under `pattern`, with sequence 1: creation takes the next unused one. */
function previewNo(pattern: string, category: (typeof CUSTOMER_CATEGORIES)[number]): string | null {
  if (!archivePolicySchema.shape.numberPattern.safeParse(pattern).success) return null;
  return withArchiveSeq(expandArchiveScope(pattern.trim(), category, new Date()), 1);
}

export function ArchivePolicyCard() {
  const { t } = useTranslation();
  const loaded = useLoad(async () => {
    const [p, s] = await Promise.all([call(api().archive.policy({})), call(api().settings.get())]);
    return { p, labels: [...s.classificationLabels] };
  }, []);
  const p = loaded.data?.p;
  return (
    <Card title={t('apol.title')} data-testid="archive-policy" loading={loaded.loading}>
      <Alert type="info" showIcon title={t('common.policyViaProposal')} style={{ marginBottom: 16 }} />
      {p ? (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('apol.numberPattern')}>
              <Typography.Text code data-testid="archive-number-pattern">
                {p.numberPattern}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }} data-testid="archive-no-preview" title={t('apol.preview')}>
            {CUSTOMER_CATEGORIES.map((c) => (
              <Descriptions.Item key={c} label={t(`arch.category.${c}`)}>
                {previewNo(p.numberPattern, c) ?? '—'}
              </Descriptions.Item>
            ))}
          </Descriptions>
          <Typography.Paragraph type="secondary">{t('apol.contentHelp')}</Typography.Paragraph>
          <Descriptions size="small" column={1} bordered>
            {LEVELS.map((i) => (
              <Descriptions.Item key={i} label={t('apol.contentRoles', { level: loaded.data!.labels[i] })}>
                {p.contentRoles[i]!.length ? p.contentRoles[i]!.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>) : '—'}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </>
      ) : null}
    </Card>
  );
}
