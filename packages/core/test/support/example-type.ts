// A small type defined in core's own tests: the kernel is tested without naming a real type.
import * as z from 'zod/mini';
import { demoOrganisation, demoPrivacyNotice } from '../../src/fixtures/index.js';
import { defineType, noLimits } from '../../src/manifest/index.js';
import { ANONYMISED } from '../../src/schemas/contribution.js';
import { localizedText } from '../../src/schemas/common.js';

const ExampleDefinition = z.strictObject({
  prompt: z.optional(localizedText(200)),
  maxLength: z._default(z.int().check(z.minimum(1), z.maximum(2000)), 500),
});

export const exampleType = defineType({
  type: 'example-note',
  definition: ExampleDefinition,
  payload: (definition) => z.strictObject({ note: z.string().check(z.trim(), z.minLength(1), z.maxLength(definition.maxLength)) }),
  results: null,
  limits: noLimits,
  personalData: { anonymise: (_definition, payload) => ({ ...(payload as object), note: ANONYMISED }), emailPaths: () => [], maskedTextPaths: () => [] },
  publicContributions: null,
  reservedHeight: '4rem',
  fixtures: {
    initiative: {
      id: 'notes',
      type: 'example-note',
      organisation: demoOrganisation,
      status: 'open',
      title: { fr: 'Notes', en: 'Notes' },
      opensAt: '2026-01-01T00:00:00-05:00',
      closesAt: '2027-12-31T23:59:59-05:00',
      moderation: 'none',
      allowedOrigins: ['http://localhost:4173'],
      retentionDays: 365,
      privacyNotice: demoPrivacyNotice,
      resultsPublished: false,
      definition: { maxLength: 500 },
    },
    payloads: [{ note: 'Bonjour' }],
    withText: (text) => ({ note: text.slice(0, 500) }),
    personalFields: ['note'],
  },
});
