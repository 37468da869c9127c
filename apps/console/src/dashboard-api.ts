import { Dashboard } from '@participe/core/schemas';
import type { StaffApi } from './api.js';

/** The organisation's dashboard (`GET /v1/staff/dashboard`), over the last `days` days. */
export const fetchDashboard = (api: StaffApi, days: number) => api.call('GET', 'v1/staff/dashboard', { query: { days }, schema: Dashboard });
