import { useT } from '../../ui/i18n/translate';
import { settingsMessages as m } from './messages';

/** A technical reason (a parser's words, a field path) shown as it is: data, so marked not to be translated. */
export const TechnicalDetail = ({ detail, className }: { detail: string; className?: string }) => {
  const t = useT();
  return <span className={className}>{t(m.technicalDetail, { detail, code: (chunks) => <code translate="no">{chunks}</code> })}</span>;
};
