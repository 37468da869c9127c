import type { ResultsChartLabels } from '@participe/core/chart';
import { formatNumber } from '@participe/core/element';
import type { Language } from '@participe/core/schemas';
import { strings, translator } from '../strings.js';

/** The column headers of core's `resultsChart` tables, and "N people answered" when given a count. */
export function chartWords(language: Language, answered?: number): ResultsChartLabels {
  const t = translator(strings, language);
  return {
    category: t('chartAnswer'),
    count: t('chartCount'),
    share: t('chartShare'),
    ...(answered !== undefined && { total: t('chartAnswered', answered, formatNumber(language, answered)) }),
  };
}
