import type { ResultsChartLabels } from '../chart/results-chart.js';
import { formatNumber } from '../element/format.js';
import { translator } from '../element/strings.js';
import type { Language } from '../schemas/common.js';
import { staffKitStrings } from './strings.js';

/** The column headers of `resultsChart` tables, and "N people answered" when given a count. */
export function chartWords(language: Language, answered?: number): ResultsChartLabels {
  const t = translator(staffKitStrings, language);
  return {
    category: t('chartAnswer'),
    count: t('chartCount'),
    share: t('chartShare'),
    ...(answered !== undefined && { total: t('chartAnswered', answered, formatNumber(language, answered)) }),
  };
}
