import { ANONYMISED, type Language, type StaffContribution } from '@participe/core/schemas';
import { exportWords, type ExportColumn } from '@participe/core/server';

const headers: Record<Language, string> = { fr: 'Message', en: 'Message' };

/** One readable column after the common metadata: the message, or "(anonymised)" once retention removed it. */
export function qaExportColumns(_definition: unknown, language: Language): ExportColumn[] {
  return [
    {
      id: 'message',
      header: headers[language],
      cell: (contribution: StaffContribution) => {
        const message = (contribution.payload as { message?: unknown } | null)?.message;
        return message === ANONYMISED ? exportWords[language].anonymised : message;
      },
    },
  ];
}
