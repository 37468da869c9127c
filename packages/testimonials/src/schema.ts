import * as z from 'zod/mini';
import { Cursor, initiativeOf, localizedText, PublicContribution, queryInteger, text, Topic } from '@participe/core/schemas';

/** A public service a testimonial is about, chosen by staff: an id for the data, a label in both languages. */
export const TestimonialService = z.strictObject({
  id: Topic,
  label: localizedText(120),
});
export type TestimonialService = z.infer<typeof TestimonialService>;

export const TestimonialsDefinition = z.strictObject({
  /** The services citizens speak about (the citizen picks one). */
  services: z.array(TestimonialService).check(
    z.minLength(1),
    z.maxLength(50),
    z.refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'each id must be used once'),
  ),
  /** Whether citizens may rate the service from 1 to 5 (always optional for them). */
  rating: z._default(z.boolean(), true),
  /** Longest testimonial, in characters. */
  textMaxLength: z._default(z.int().check(z.minimum(100), z.maximum(5000)), 1500),
  /** Reports (one per participant) that hide a published testimonial until a moderator reviews it. */
  reportThreshold: z._default(z.int().check(z.minimum(1), z.maximum(100)), 3),
});
export type TestimonialsDefinition = z.infer<typeof TestimonialsDefinition>;
export type TestimonialsDefinitionInput = z.input<typeof TestimonialsDefinition>;

/** An initiative of this type as the collector serves it (the widget loads it lazily, see the element). */
export const TestimonialsInitiative = initiativeOf('testimonials', TestimonialsDefinition);
export type TestimonialsInitiative = z.infer<typeof TestimonialsInitiative>;

/**
 * Who may read a testimonial, chosen by its author: `public` (on the wall once a moderator
 * publishes it), `ministry` (staff only), `statistics` (counted in the summaries, never shown).
 */
export const visibilities = ['public', 'ministry', 'statistics'] as const;
export type Visibility = (typeof visibilities)[number];

/** What one citizen sends. */
export interface TestimonialsPayload {
  text: string;
  service: string;
  /** 1 to 5, when the initiative offers ratings and the citizen gives one. */
  rating?: number;
  firstName?: string;
  region?: string;
  visibility: Visibility;
}

export const testimonialsPayload = (definition: TestimonialsDefinition): z.ZodMiniType<TestimonialsPayload, unknown> =>
  z.strictObject({
    text: text(definition.textMaxLength),
    service: z.enum(definition.services.map((service) => service.id) as [string, ...string[]]),
    ...(definition.rating ? { rating: z.optional(z.int().check(z.minimum(1), z.maximum(5))) } : {}),
    firstName: z.optional(text(60)),
    region: z.optional(text(80)),
    visibility: z.enum(visibilities),
  }) as unknown as z.ZodMiniType<TestimonialsPayload, unknown>;

/** What the wall shows of a published testimonial: never its visibility choice, never a field retention removed. */
export interface PublicTestimonial {
  text?: string;
  service: string;
  rating?: number;
  firstName?: string;
  region?: string;
}

/** The organisation's marks on a testimonial (its official response's status). */
export const changeStatuses = ['reply', 'change-planned', 'change-made'] as const;
export type ChangeStatus = (typeof changeStatuses)[number];

/** The wall: published testimonials, newest first, optionally of one service. */
export const TestimonialQuery = z.strictObject({
  service: z.optional(Topic),
  cursor: z.optional(Cursor),
  limit: z.optional(queryInteger(1, 50)),
});
export type TestimonialQuery = z.input<typeof TestimonialQuery>;

export const TestimonialPage = z.strictObject({
  items: z.array(PublicContribution),
  nextCursor: z.nullable(Cursor),
  /** How many published testimonials match (whatever the page). */
  total: z.int().check(z.minimum(0)),
});
export type TestimonialPage = z.infer<typeof TestimonialPage>;

/**
 * Per service: every testimonial not rejected counts, whatever its author's visibility choice
 * ("statistics only" exists for this), so the summary never reveals one testimonial's text.
 */
export const ServiceSummary = z.strictObject({
  service: Topic,
  count: z.int().check(z.minimum(0)),
  rated: z.int().check(z.minimum(0)),
  /** Mean rating to one decimal; null without ratings. */
  average: z.nullable(z.number()),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const TestimonialSummary = z.strictObject({ services: z.array(ServiceSummary) });
export type TestimonialSummary = z.infer<typeof TestimonialSummary>;
