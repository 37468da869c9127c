import * as z from 'zod/mini';
import {
  Cursor,
  initiativeOf,
  initiativeSettings,
  localizedText,
  PublicContribution,
  queryInteger,
  RandomId,
  text,
  Topic,
} from '@participe/core/schemas';

/** A category or a thread, chosen by staff: an id for the data, a label in both languages. */
export const IdeaBoardChoice = z.strictObject({
  id: Topic,
  label: localizedText(120),
});
export type IdeaBoardChoice = z.infer<typeof IdeaBoardChoice>;

const choices = (max: number) =>
  z._default(
    z.array(IdeaBoardChoice).check(
      z.maxLength(max),
      z.refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'each id must be used once'),
    ),
    [],
  );

/** `ideas`: proposals with a title, votes and official answers. `discussion`: short public contributions, newest first, no votes. */
export const boardModes = ['ideas', 'discussion'] as const;
/** `support`: one "I support" per idea. `up-down`: for or against. `stars`: a rating from 1 to 5. */
export const voteModels = ['support', 'up-down', 'stars'] as const;

export const IdeaBoardDefinition = z.strictObject({
  mode: z._default(z.enum(boardModes), 'ideas'),
  /** Ideas mode: what an idea is about (the citizen picks one when there are any). */
  categories: choices(30),
  /**
   * Threads of one initiative (e.g. one per question of a consultation page): each element shows
   * one (`topic` attribute); counts and moderation stay per initiative.
   */
  topics: choices(100),
  voteModel: z._default(z.enum(voteModels), 'support'),
  /** Most ideas one participant may vote on (shown as "votes left"); none: no limit. */
  voteLimit: z.optional(z.int().check(z.minimum(1), z.maximum(1000))),
  titleMaxLength: z._default(z.int().check(z.minimum(20), z.maximum(200)), 120),
  descriptionMaxLength: z._default(z.int().check(z.minimum(100), z.maximum(5000)), 2000),
  /** Discussion mode: longest contribution. */
  textMaxLength: z._default(z.int().check(z.minimum(50), z.maximum(2000)), 300),
  /** Reports (one per participant) that hide a contribution until a moderator reviews it. */
  reportThreshold: z._default(z.int().check(z.minimum(1), z.maximum(100)), 3),
});
export type IdeaBoardDefinition = z.infer<typeof IdeaBoardDefinition>;
export type IdeaBoardDefinitionInput = z.input<typeof IdeaBoardDefinition>;
export type BoardMode = IdeaBoardDefinition['mode'];
export type VoteModel = IdeaBoardDefinition['voteModel'];

export const IdeaBoardSettings = initiativeSettings('idea-board', IdeaBoardDefinition);
export const IdeaBoardInitiative = initiativeOf('idea-board', IdeaBoardDefinition);
export type IdeaBoardInitiative = z.infer<typeof IdeaBoardInitiative>;

/** One of the ids listed (used only when some are). */
const oneOf = (items: readonly IdeaBoardChoice[]): z.ZodMiniType<string> => z.enum(items.map((item) => item.id) as [string, ...string[]]);

/** The display name a citizen may give in discussion mode. */
const DisplayName = text(60);

/** An idea: a title, a description, a category when the board has some, a thread when it has some. */
export interface IdeaPayload {
  title: string;
  description: string;
  category?: string;
  topic?: string;
}

/** A discussion post: a short text, an optional display name, a thread when the board has some. */
export interface PostPayload {
  text: string;
  name?: string;
  topic?: string;
}

export type IdeaBoardPayload = IdeaPayload | PostPayload;

export const ideaPayload = (definition: IdeaBoardDefinition) =>
  z.strictObject({
    title: text(definition.titleMaxLength),
    description: text(definition.descriptionMaxLength),
    ...(definition.categories.length ? { category: oneOf(definition.categories) } : {}),
    ...(definition.topics.length ? { topic: z.optional(oneOf(definition.topics)) } : {}),
  });
export const postPayload = (definition: IdeaBoardDefinition) =>
  z.strictObject({
    text: text(definition.textMaxLength),
    name: z.optional(DisplayName),
    ...(definition.topics.length ? { topic: z.optional(oneOf(definition.topics)) } : {}),
  });
/** What one citizen sends: an idea, or a post in discussion mode. */
export const ideaBoardPayload = (definition: IdeaBoardDefinition): z.ZodMiniType<IdeaBoardPayload, unknown> =>
  (definition.mode === 'ideas' ? ideaPayload(definition) : postPayload(definition)) as unknown as z.ZodMiniType<IdeaBoardPayload, unknown>;

/** The statuses of the ministry's official answer, in the order staff pick them. */
export const ideaStatuses = ['under-review', 'accepted', 'in-progress', 'done', 'declined', 'duplicate'] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];

/** An idea's votes, derived from one row per participant. */
export const IdeaVotes = z.strictObject({
  /** Participants who voted. */
  voters: z.int().check(z.minimum(0)),
  /** Support (support model), for (up-down); every rating counts as one (stars). */
  up: z.int().check(z.minimum(0)),
  /** Against (up-down). */
  down: z.int().check(z.minimum(0)),
  /** Mean rating to two decimals (stars); null without ratings or in other models. */
  average: z.nullable(z.number()),
});
export type IdeaVotes = z.infer<typeof IdeaVotes>;

export const noVotes: IdeaVotes = { voters: 0, up: 0, down: 0, average: null };

/** An idea (or post) as anyone reads it, with its votes. */
export const Idea = z.extend(PublicContribution, { votes: IdeaVotes });
export type Idea = z.infer<typeof Idea>;

/** `top`: most supported. `newest`. `trending`: votes of the last days weigh most. */
export const ideaSorts = ['top', 'newest', 'trending'] as const;
export type IdeaSort = (typeof ideaSorts)[number];

const SearchText = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));

export const IdeaQuery = z.strictObject({
  sort: z.optional(z.enum(ideaSorts)),
  category: z.optional(Topic),
  topic: z.optional(Topic),
  /** Words searched in titles and descriptions (French and English full-text search). */
  q: z.optional(SearchText),
  cursor: z.optional(Cursor),
  limit: z.optional(queryInteger(1, 50)),
});
export type IdeaQuery = z.input<typeof IdeaQuery>;

export const IdeaPage = z.strictObject({
  items: z.array(Idea),
  nextCursor: z.nullable(Cursor),
  /** How many ideas match (whatever the page). */
  total: z.int().check(z.minimum(0)),
});
export type IdeaPage = z.infer<typeof IdeaPage>;

/** Similar ideas while a title is typed (fewer than 3 characters find none). */
export const SimilarQuery = z.strictObject({ q: z.optional(z.string().check(z.maxLength(200))), topic: z.optional(Topic) });
export const SimilarIdeas = z.strictObject({
  items: z.array(z.strictObject({ id: z.uuid(), title: z.string(), votes: IdeaVotes })),
});
export type SimilarIdeas = z.infer<typeof SimilarIdeas>;

/** A vote, its change, or (`null`) its withdrawal. Allowed values depend on the vote model. */
export const VoteRequest = z.strictObject({
  participant: RandomId,
  value: z.nullable(z.int().check(z.minimum(-1), z.maximum(5))),
});
export type VoteRequest = z.infer<typeof VoteRequest>;

export const VoteResult = z.strictObject({
  idea: z.uuid(),
  votes: IdeaVotes,
  /** This participant's vote now. */
  mine: z.nullable(z.int()),
  /** Votes this participant may still cast; null without a limit. */
  votesLeft: z.nullable(z.int().check(z.minimum(0))),
});
export type VoteResult = z.infer<typeof VoteResult>;

/** A participant's votes on ideas still shown, by idea id. */
export const MyVotes = z.strictObject({
  votes: z.record(z.uuid(), z.int()),
  votesLeft: z.nullable(z.int().check(z.minimum(0))),
});
export type MyVotes = z.infer<typeof MyVotes>;

/** Staff merge a duplicate into the idea kept: its votes move there, never counted twice. */
export const MergeRequest = z.strictObject({ into: z.uuid(), text: z.optional(localizedText(4000)) });
export type MergeRequest = z.infer<typeof MergeRequest>;

export const MergeResult = z.strictObject({
  kept: z.uuid(),
  merged: z.uuid(),
  /** Votes moved to the idea kept. */
  moved: z.int().check(z.minimum(0)),
  /** Votes of participants who had voted on both: only their vote on the idea kept remains. */
  dropped: z.int().check(z.minimum(0)),
});
export type MergeResult = z.infer<typeof MergeResult>;

/** Live event `idea-votes`: an idea's counts changed. */
export const VotesEvent = z.strictObject({ idea: z.uuid(), votes: IdeaVotes });
export type VotesEvent = z.infer<typeof VotesEvent>;

/** The vote values a model takes. */
export function allowedVotes(model: VoteModel): readonly number[] {
  return model === 'support' ? [1] : model === 'up-down' ? [1, -1] : [1, 2, 3, 4, 5];
}
