import { ANONYMISED, type Language, type StaffContribution } from '@participe/core/schemas';
import { exportWords, type ExportColumn } from '@participe/core/server';
import { regionOf } from '../personal-data.js';

const headers = {
  fr: { name: 'Nom', region: 'Région (3 premiers caractères du code postal)' },
  en: { name: 'Name', region: 'Region (first 3 characters of the postal code)' },
} satisfies Record<Language, Record<string, string>>;

/**
 * Paper and phone signatures, readable: the name and the region. Never the address nor the full
 * postal code: an export leaves the collector, the signer's address must not.
 */
export function petitionExportColumns(_definition: unknown, language: Language): ExportColumn[] {
  const payload = (contribution: StaffContribution) => (contribution.payload ?? {}) as { name?: unknown; postalCode?: unknown };
  return [
    {
      id: 'name',
      header: headers[language].name,
      cell: (contribution) => {
        const { name } = payload(contribution);
        return name === ANONYMISED ? exportWords[language].anonymised : name;
      },
    },
    {
      id: 'region',
      header: headers[language].region,
      cell: (contribution) => {
        const { postalCode } = payload(contribution);
        return typeof postalCode === 'string' && postalCode !== ANONYMISED ? regionOf(postalCode) : undefined;
      },
    },
  ];
}
