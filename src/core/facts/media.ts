// Facts for the rules on media and moving content (RGAA 4.3.2, 4.10.1, 4.11, 13.8): <video> and <audio> with
// their tracks and state, embedded players, marquee and blink elements, running animations. Filled by
// src/crawl/collectors/facts/media.ts.

import type { RuleTarget } from './target.js';

export interface TrackFact {
  /** `track.kind` as the browser reads it: a missing kind is `subtitles`, an unknown one `metadata`. */
  kind: string;
  /** `srclang` as written, null when absent. */
  srclang: string | null;
}

export interface MediaElementFact extends RuleTarget {
  tag: 'video' | 'audio';
  /** Native controls (the `controls` attribute or property). */
  controls: boolean;
  autoplay: boolean;
  muted: boolean;
  paused: boolean;
  loop: boolean;
  /** Duration in seconds when known and finite, null otherwise. */
  duration: number | null;
  /** Rendered (box, not visibility:hidden). */
  visible: boolean;
  /** Has something to play: src, a <source>, a stream. */
  hasSource?: boolean;
  tracks: TrackFact[];
}

/** An element that embeds a player: iframe of a known video or audio platform, object or embed of a media file. */
export interface PlayerFact extends RuleTarget {
  tag: 'iframe' | 'object' | 'embed';
  /** src or data, cut to 200 characters. */
  src: string;
}

/** A running animation (Web Animations: CSS animations and transitions, element.animate()) of a visible element. */
export interface AnimationFact extends RuleTarget {
  /** Repeats forever. */
  infinite: boolean;
  /** Active duration in ms (all iterations, delay excluded), null when infinite or unknown. */
  activeMs: number | null;
  /** CSS animation name, '' for other animations. */
  name: string;
}

export interface MediaFacts {
  /** The `<html>` element, target of page-level verdicts. */
  root: RuleTarget;
  media: MediaElementFact[];
  players: PlayerFact[];
  marquees: RuleTarget[];
  blinks: RuleTarget[];
  animations: AnimationFact[];
  /** Elements a user can act on (links, buttons, fields, tabindex, onclick), counted up to 1 000. */
  interactiveCount: number;
}
