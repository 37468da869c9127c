import {
  BulkCodingResult,
  StaffContribution,
  Theme,
  ThemeOverview,
  type BulkCoding,
  type ContributionCoding,
  type ThemeRequest,
} from '@participe/core/schemas';
import type { StaffApi } from './api.js';

// The collector's qualitative-coding routes (`apps/collector/src/routes/staff/analysis.ts`).

const base = (id: string) => `v1/staff/initiatives/${encodeURIComponent(id)}`;

export const analysisApi = (api: StaffApi) => ({
  themes: (id: string) => api.call('GET', `${base(id)}/themes`, { schema: ThemeOverview }),
  createTheme: (id: string, theme: ThemeRequest) => api.call('POST', `${base(id)}/themes`, { body: theme, schema: Theme }),
  updateTheme: (id: string, themeId: string, theme: ThemeRequest) => api.call('PUT', `${base(id)}/themes/${themeId}`, { body: theme, schema: Theme }),
  deleteTheme: (id: string, themeId: string) => api.call('DELETE', `${base(id)}/themes/${themeId}`),
  code: (id: string, contributionId: string, coding: ContributionCoding) =>
    api.call('PUT', `${base(id)}/contributions/${contributionId}/themes`, { body: coding, schema: StaffContribution }),
  codeMany: (id: string, coding: BulkCoding) => api.call('POST', `${base(id)}/coding`, { body: coding, schema: BulkCodingResult }),
});
