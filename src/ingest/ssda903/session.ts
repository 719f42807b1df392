/** What an SSDA903 read builds up across its files: the common session, episodes and extra rows. */
import { newReadSession, type ReadSession } from '../read-session.ts';
import type { CareEpisode, Ssda903Extra } from './result.ts';

export interface Ssda903Session extends ReadSession {
  /** Episodes merged by child and DECOM through `merge`, which only they use. */
  episodes: CareEpisode[];
  /** A number per child id, for episode keys. */
  episodeChildren: Map<string, number>;
  extra: Ssda903Extra;
}

export function newSsda903Session(): Ssda903Session {
  const session = newReadSession();
  return {
    ...session,
    episodes: session.records.careEpisodes,
    episodeChildren: new Map(),
    extra: { uasc: [], oc3: [], missing: [], reviews: [] },
  };
}

/** The number for a child id, given in first-seen order. */
export function episodeChildIndex(session: Ssda903Session, childId: string): number {
  const known = session.episodeChildren.get(childId);
  if (known !== undefined) return known;
  session.episodeChildren.set(childId, session.episodeChildren.size);
  return session.episodeChildren.size - 1;
}
