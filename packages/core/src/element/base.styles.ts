import { css } from 'lit';
import { atomStyles } from '../atoms/atoms.styles.js';

/**
 * Theming tokens. Hosts set the public `--participe-*` properties; inside, only the private
 * `--_participe-*` ones are read, so a default lives in one place. Defaults fit a quebec.ca page:
 * the host's own font, Québec blue as accent, square corners, a focus ring that cannot be missed.
 * Colours meet WCAG AA contrast on the default surface.
 */
export const tokenStyles = css`
  :host {
    --_participe-accent: var(--participe-accent, #095797);
    --_participe-accent-text: var(--participe-accent-text, #ffffff);
    --_participe-text: var(--participe-text, #223654);
    --_participe-muted: var(--participe-muted, #4e5662);
    --_participe-surface: var(--participe-surface, #ffffff);
    --_participe-subtle: var(--participe-subtle, #f1f1f2);
    --_participe-border: var(--participe-border, #6b778a);
    --_participe-error: var(--participe-error, #cb381f);
    --_participe-success: var(--participe-success, #4f813d);
    --_participe-warning: var(--participe-warning, #ad781c);
    --_participe-focus: var(--participe-focus, #0e7cc7);
    --_participe-radius: var(--participe-radius, 0);
    --_participe-space: var(--participe-space, 1rem);
    --_participe-max-width: var(--participe-max-width, 48rem);

    display: block;
    box-sizing: border-box;
    max-width: var(--_participe-max-width);
    color: var(--_participe-text);
    font: inherit;
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  /* A final failure shows one short message: the space reserved for the widget collapses around it. */
  :host(:state(error)) {
    min-height: 0;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
`;

export const baseStyles = [
  tokenStyles,
  atomStyles,
  css`
    .base {
      display: grid;
      gap: var(--_participe-space);
    }
    .status:empty {
      display: none;
    }
    .status:focus {
      outline: none;
    }
    .status:focus-visible {
      outline: 3px solid var(--_participe-focus);
      outline-offset: 2px;
    }
    .loading,
    .sending {
      margin: 0;
      color: var(--_participe-muted);
    }
    .problems {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .problems code {
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  `,
];
