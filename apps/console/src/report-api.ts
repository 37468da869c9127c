import { ReportSettings } from '@participe/core/schemas';
import type { StaffApi } from './api.js';

// The collector's "you said, we did" routes (`apps/collector/src/routes/staff/reports.ts`).

const path = (id: string) => `v1/staff/initiatives/${encodeURIComponent(id)}/report`;

export const reportApi = (api: StaffApi) => ({
  read: (id: string) => api.call('GET', path(id), { schema: ReportSettings }),
  save: (id: string, report: ReportSettings) => api.call('PUT', path(id), { body: report, schema: ReportSettings }),
});
